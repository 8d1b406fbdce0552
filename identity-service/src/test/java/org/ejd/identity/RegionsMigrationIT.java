package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.PostgresServer;
import org.ejd.testkit.RealServers;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V9 on a database that already has schools with a free-text region code and municipality. */
class RegionsMigrationIT {

	@Test
	void existingSchoolsGetAMunicipalityPerDistinctRegionAndNameAndStayReadable() {
		Database db = databaseAtV8();
		UUID severomorsk1 = school(db, "51", "ЗАТО г. Североморск");
		UUID severomorsk2 = school(db, "51", "ЗАТО г. Североморск");
		UUID kaliningrad = school(db, "39", "Калининград");
		UUID sameNameElsewhere = school(db, "77", "Калининград");

		db.flyway(null).migrate();

		assertThat(db.jdbc.sql("select count(*) from municipality").query(Integer.class).single()).isEqualTo(3);
		List<Map<String, Object>> schools = db.jdbc.sql("""
				select s.id, s.region_code, m.region_code as municipality_region, m.name from school s
				join municipality m on m.id = s.municipality_id order by s.id""").query().listOfRows();
		assertThat(schools).hasSize(4).allSatisfy(row -> assertThat(row.get("region_code")).isEqualTo(row.get("municipality_region")));
		assertThat(municipalityOf(db, severomorsk1)).isEqualTo(municipalityOf(db, severomorsk2));
		assertThat(municipalityOf(db, kaliningrad)).isNotEqualTo(municipalityOf(db, sameNameElsewhere));
		assertThat(db.jdbc.sql("select name from municipality where id = ?").param(municipalityOf(db, kaliningrad))
			.query(String.class).single()).isEqualTo("Калининград");
	}

	@Test
	void aSchoolWhoseCodeIsNoRegionStopsTheMigrationNamingTheCode() {
		Database db = databaseAtV8();
		school(db, "51", "Мурманск");
		school(db, "99", "Байконур");

		assertThatThrownBy(() -> db.flyway(null).migrate()).isInstanceOf(FlywayException.class)
			.hasMessageContaining("not in the list of regions: 99");
		assertThat(db.jdbc.sql("select count(*) from school where region_code = '99'").query(Integer.class).single()).isEqualTo(1);
	}

	private static Database databaseAtV8() {
		PostgresServer postgres = RealServers.postgres();
		String url = postgres.jdbcUrl("identity_v9_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
		Database db = new Database(new DriverManagerDataSource(url, postgres.username(), postgres.password()));
		db.flyway("8").migrate();
		return db;
	}

	private static UUID school(Database db, String regionCode, String municipality) {
		UUID id = UUID.randomUUID();
		db.jdbc.sql("""
				insert into school (id, name, region_code, municipality, time_zone, version)
				values (?, ?, ?, ?, 'Europe/Moscow', 1)""").params(id, "Школа " + id, regionCode, municipality).update();
		return id;
	}

	private static UUID municipalityOf(Database db, UUID school) {
		return db.jdbc.sql("select municipality_id from school where id = ?").param(school).query(UUID.class).single();
	}

	private record Database(DriverManagerDataSource source, JdbcClient jdbc) {

		Database(DriverManagerDataSource source) {
			this(source, JdbcClient.create(source));
		}

		Flyway flyway(String target) {
			var config = Flyway.configure().dataSource(source).locations("classpath:db/platform", "classpath:db/identity-service");
			return (target == null ? config : config.target(target)).load();
		}
	}
}
