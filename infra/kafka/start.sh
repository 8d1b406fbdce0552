#!/bin/sh
# Kafka for docker-compose.yml as a region runs it (docs/adr/0050): one KRaft node whose clients authenticate with
# SASL/SCRAM-SHA-512 and are held to ACLs (allow.everyone.if.no.acl.found=false). The super user ejd-admin is written
# into the metadata at format time; once the broker answers, acls.sh (generated from contracts/topics.json) gives
# each service its user and ACLs, and only then is the container healthy, so no service starts before its user exists.
set -eu
: "${CLUSTER_ID:?set CLUSTER_ID}"
: "${EJD_KAFKA_ADMIN_PASSWORD:?set EJD_KAFKA_ADMIN_PASSWORD}"
CONFIG=/tmp/server.properties
ADMIN=/tmp/admin.properties
READY=/tmp/ejd-kafka-ready
rm -f "$READY"
cat > "$CONFIG" <<CONF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:9093
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://localhost:9093
advertised.listeners=SASL_PLAINTEXT://kafka:9092
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ejd-admin" password="${EJD_KAFKA_ADMIN_PASSWORD}";
# the controller listener cannot use SCRAM (its credentials live in the metadata it serves): PLAIN, on the loopback
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="ejd-admin" password="${EJD_KAFKA_ADMIN_PASSWORD}" user_ejd-admin="${EJD_KAFKA_ADMIN_PASSWORD}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:ejd-admin
allow.everyone.if.no.acl.found=false
log.dirs=/var/lib/kafka/data
num.partitions=3
# topics are declared by the services from contracts/topics.json (ADR 0020), never made by a typo
auto.create.topics.enable=false
default.replication.factor=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
CONF
cat > "$ADMIN" <<CONF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ejd-admin" password="${EJD_KAFKA_ADMIN_PASSWORD}";
CONF
/opt/kafka/bin/kafka-storage.sh format -t "$CLUSTER_ID" -c "$CONFIG" --ignore-formatted \
  --add-scram "SCRAM-SHA-512=[name=ejd-admin,password=${EJD_KAFKA_ADMIN_PASSWORD}]"
/opt/kafka/bin/kafka-server-start.sh "$CONFIG" &
BROKER=$!
trap 'kill -TERM "$BROKER"' TERM INT
until /opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 --command-config "$ADMIN" >/dev/null 2>&1; do
  kill -0 "$BROKER" || exit 1
  sleep 2
done
EJD_KAFKA_BOOTSTRAP=localhost:9092 sh /etc/ejd/kafka/acls.sh
touch "$READY"
wait "$BROKER" || true
wait "$BROKER"
