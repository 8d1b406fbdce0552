package org.ejd.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WalAndDiskTest {

	@Test
	void theWholeDisksWritesAndFlushesAreSummedWithoutLoopDevicesOrPartitions() {
		List<String> diskstats = List.of(
				"   7       0 loop0 2030 0 45436 610 0 0 0 0 0 1268 610 0 0 0 0 0 0",
				" 253       0 vda 915713 112474 60466490 372262 3962221 2836712 201417376 5403329 0 2520464 6036011 0 0 0 0 707291 260419",
				" 253       1 vda1 915000 112000 60400000 372000 3962000 2836000 201400000 5403000 0 2520000 6035000 0 0 0 0 0 0",
				" 254       0 vdb 10 0 80 1 20 0 160 7 0 8 8 0 0 0 0 5 3",
				"   8       0 sda 1 0 8 1 2 0 16 3 0 4 4");

		WalAndDisk.Disks disks = WalAndDisk.disks(diskstats, Set.of("vda", "vdb")::contains);

		assertThat(disks).isEqualTo(new WalAndDisk.Disks(3_962_241, 5_403_336, 707_296, 260_422));
	}

	@Test
	void aRunsDisksAreTheDifferenceOfItsTwoReadings() {
		WalAndDisk.Disks before = new WalAndDisk.Disks(100, 50, 10, 30);

		assertThat(new WalAndDisk.Disks(400, 650, 70, 330).minus(before)).isEqualTo(new WalAndDisk.Disks(300, 600, 60, 300));
	}
}
