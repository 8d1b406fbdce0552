#!/bin/sh
# Kafka users and ACLs of eJD, one user per service (docs/adr/0050). Generated from contracts/topics.json by
# org.ejd.testkit.KafkaAcls; KafkaAclsTest fails when this file differs. Run by compose's kafka-init as the
# super user; re-running it is harmless (credentials are set again, existing ACLs stay).
set -eu
BOOTSTRAP="${EJD_KAFKA_BOOTSTRAP:-kafka:9092}"
CONFIG=$(mktemp)
cat > "$CONFIG" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ejd-admin" password="${EJD_KAFKA_ADMIN_PASSWORD:?set EJD_KAFKA_ADMIN_PASSWORD}";
EOF
user() {
  /opt/kafka/bin/kafka-configs.sh --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --alter \
    --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
}
allow() {
  /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --force \
    --allow-principal "$@" >/dev/null
}

# consent-service
user consent-service "${EJD_KAFKA_CONSENT_PASSWORD:?set EJD_KAFKA_CONSENT_PASSWORD}"
allow User:consent-service --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic consent.records.v1 \
  --topic consent.preferences.v1
allow User:consent-service --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic consent.records.v1.dlt \
  --topic consent.preferences.v1.dlt
allow User:consent-service --operation Read --operation Describe --operation Create --operation DescribeConfigs \
  --topic identity.schools.v1 \
  --topic identity.persons.v1 \
  --topic identity.representations.v1 \
  --topic identity.applications.v1 \
  --topic notification.contacts.v1 \
  --topic notification.preferences.v1
allow User:consent-service --operation Write --operation Describe --operation Create --operation DescribeConfigs \
  --topic identity.schools.v1.dlt \
  --topic identity.persons.v1.dlt \
  --topic identity.representations.v1.dlt \
  --topic identity.applications.v1.dlt \
  --topic notification.contacts.v1.dlt \
  --topic notification.preferences.v1.dlt
allow User:consent-service --operation Read --operation Describe --resource-pattern-type prefixed --group consent-
allow User:consent-service --operation IdempotentWrite --cluster

# diary-service
user diary-service "${EJD_KAFKA_DIARY_PASSWORD:?set EJD_KAFKA_DIARY_PASSWORD}"
allow User:diary-service --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic diary.forecasts.v1 \
  --topic diary.complaints.v1
allow User:diary-service --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic diary.forecasts.v1.dlt \
  --topic diary.complaints.v1.dlt
allow User:diary-service --operation Read --operation Describe --operation Create --operation DescribeConfigs \
  --topic identity.schools.v1 \
  --topic identity.persons.v1 \
  --topic identity.representations.v1 \
  --topic identity.accounts.v1 \
  --topic journal.marks.v1 \
  --topic journal.lessons.v1 \
  --topic journal.attendance.v1 \
  --topic journal.periods.v1 \
  --topic journal.enrolments.v1 \
  --topic journal.teaching.v1 \
  --topic journal.absences.v1 \
  --topic journal.calendar.v1 \
  --topic journal.recommendations.v1 \
  --topic journal.policies.v1 \
  --topic journal.achievements.v1 \
  --topic journal.presence.v1 \
  --topic journal.regime.v1 \
  --topic consent.records.v1
allow User:diary-service --operation Write --operation Describe --operation Create --operation DescribeConfigs \
  --topic identity.schools.v1.dlt \
  --topic identity.persons.v1.dlt \
  --topic identity.representations.v1.dlt \
  --topic identity.accounts.v1.dlt \
  --topic journal.marks.v1.dlt \
  --topic journal.lessons.v1.dlt \
  --topic journal.attendance.v1.dlt \
  --topic journal.periods.v1.dlt \
  --topic journal.enrolments.v1.dlt \
  --topic journal.teaching.v1.dlt \
  --topic journal.absences.v1.dlt \
  --topic journal.calendar.v1.dlt \
  --topic journal.recommendations.v1.dlt \
  --topic journal.policies.v1.dlt \
  --topic journal.achievements.v1.dlt \
  --topic journal.presence.v1.dlt \
  --topic journal.regime.v1.dlt \
  --topic consent.records.v1.dlt
allow User:diary-service --operation Read --operation Describe --resource-pattern-type prefixed --group diary-
allow User:diary-service --operation IdempotentWrite --cluster

# identity-service
user identity-service "${EJD_KAFKA_IDENTITY_PASSWORD:?set EJD_KAFKA_IDENTITY_PASSWORD}"
allow User:identity-service --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic identity.schools.v1 \
  --topic identity.persons.v1 \
  --topic identity.staff.v1 \
  --topic identity.representations.v1 \
  --topic identity.apps.v1 \
  --topic identity.accounts.v1 \
  --topic identity.applications.v1
allow User:identity-service --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic identity.schools.v1.dlt \
  --topic identity.persons.v1.dlt \
  --topic identity.staff.v1.dlt \
  --topic identity.representations.v1.dlt \
  --topic identity.apps.v1.dlt \
  --topic identity.accounts.v1.dlt \
  --topic identity.applications.v1.dlt
allow User:identity-service --operation Read --operation Describe --operation Create --operation DescribeConfigs \
  --topic consent.records.v1 \
  --topic consent.preferences.v1
allow User:identity-service --operation Write --operation Describe --operation Create --operation DescribeConfigs \
  --topic consent.records.v1.dlt \
  --topic consent.preferences.v1.dlt
allow User:identity-service --operation Read --operation Describe --resource-pattern-type prefixed --group identity-
allow User:identity-service --operation IdempotentWrite --cluster

# journal-service
user journal-service "${EJD_KAFKA_JOURNAL_PASSWORD:?set EJD_KAFKA_JOURNAL_PASSWORD}"
allow User:journal-service --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic journal.marks.v1 \
  --topic journal.lessons.v1 \
  --topic journal.attendance.v1 \
  --topic journal.periods.v1 \
  --topic journal.enrolments.v1 \
  --topic journal.teaching.v1 \
  --topic journal.absences.v1 \
  --topic journal.calendar.v1 \
  --topic journal.recommendations.v1 \
  --topic journal.policies.v1 \
  --topic journal.achievements.v1 \
  --topic journal.presence.v1 \
  --topic journal.regime.v1
allow User:journal-service --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic journal.marks.v1.dlt \
  --topic journal.lessons.v1.dlt \
  --topic journal.attendance.v1.dlt \
  --topic journal.periods.v1.dlt \
  --topic journal.enrolments.v1.dlt \
  --topic journal.teaching.v1.dlt \
  --topic journal.absences.v1.dlt \
  --topic journal.calendar.v1.dlt \
  --topic journal.recommendations.v1.dlt \
  --topic journal.policies.v1.dlt \
  --topic journal.achievements.v1.dlt \
  --topic journal.presence.v1.dlt \
  --topic journal.regime.v1.dlt
allow User:journal-service --operation Read --operation Describe --operation Create --operation DescribeConfigs \
  --topic identity.schools.v1 \
  --topic identity.persons.v1 \
  --topic identity.staff.v1 \
  --topic identity.representations.v1 \
  --topic identity.apps.v1 \
  --topic oneroster.results.v1
allow User:journal-service --operation Write --operation Describe --operation Create --operation DescribeConfigs \
  --topic identity.schools.v1.dlt \
  --topic identity.persons.v1.dlt \
  --topic identity.staff.v1.dlt \
  --topic identity.representations.v1.dlt \
  --topic identity.apps.v1.dlt \
  --topic oneroster.results.v1.dlt
allow User:journal-service --operation Read --operation Describe --resource-pattern-type prefixed --group journal-
allow User:journal-service --operation IdempotentWrite --cluster

# notification-service
user notification-service "${EJD_KAFKA_NOTIFICATION_PASSWORD:?set EJD_KAFKA_NOTIFICATION_PASSWORD}"
allow User:notification-service --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic notification.contacts.v1 \
  --topic notification.preferences.v1
allow User:notification-service --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic notification.contacts.v1.dlt \
  --topic notification.preferences.v1.dlt
allow User:notification-service --operation Read --operation Describe --operation Create --operation DescribeConfigs \
  --topic identity.schools.v1 \
  --topic identity.persons.v1 \
  --topic identity.staff.v1 \
  --topic identity.representations.v1 \
  --topic identity.accounts.v1 \
  --topic identity.applications.v1 \
  --topic journal.marks.v1 \
  --topic journal.lessons.v1 \
  --topic journal.attendance.v1 \
  --topic journal.periods.v1 \
  --topic journal.enrolments.v1 \
  --topic journal.teaching.v1 \
  --topic journal.absences.v1 \
  --topic journal.calendar.v1 \
  --topic journal.recommendations.v1 \
  --topic journal.achievements.v1 \
  --topic journal.presence.v1 \
  --topic consent.records.v1 \
  --topic consent.preferences.v1 \
  --topic diary.forecasts.v1 \
  --topic diary.complaints.v1
allow User:notification-service --operation Write --operation Describe --operation Create --operation DescribeConfigs \
  --topic identity.schools.v1.dlt \
  --topic identity.persons.v1.dlt \
  --topic identity.staff.v1.dlt \
  --topic identity.representations.v1.dlt \
  --topic identity.accounts.v1.dlt \
  --topic identity.applications.v1.dlt \
  --topic journal.marks.v1.dlt \
  --topic journal.lessons.v1.dlt \
  --topic journal.attendance.v1.dlt \
  --topic journal.periods.v1.dlt \
  --topic journal.enrolments.v1.dlt \
  --topic journal.teaching.v1.dlt \
  --topic journal.absences.v1.dlt \
  --topic journal.calendar.v1.dlt \
  --topic journal.recommendations.v1.dlt \
  --topic journal.achievements.v1.dlt \
  --topic journal.presence.v1.dlt \
  --topic consent.records.v1.dlt \
  --topic consent.preferences.v1.dlt \
  --topic diary.forecasts.v1.dlt \
  --topic diary.complaints.v1.dlt
allow User:notification-service --operation Read --operation Describe --resource-pattern-type prefixed --group notification-
allow User:notification-service --operation IdempotentWrite --cluster

# oneroster-service
user oneroster-service "${EJD_KAFKA_ONEROSTER_PASSWORD:?set EJD_KAFKA_ONEROSTER_PASSWORD}"
allow User:oneroster-service --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic oneroster.results.v1
allow User:oneroster-service --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Alter \
  --topic oneroster.results.v1.dlt
allow User:oneroster-service --operation Read --operation Describe --operation Create --operation DescribeConfigs \
  --topic identity.schools.v1 \
  --topic identity.persons.v1 \
  --topic identity.staff.v1 \
  --topic journal.marks.v1 \
  --topic journal.periods.v1 \
  --topic journal.enrolments.v1 \
  --topic journal.teaching.v1
allow User:oneroster-service --operation Write --operation Describe --operation Create --operation DescribeConfigs \
  --topic identity.schools.v1.dlt \
  --topic identity.persons.v1.dlt \
  --topic identity.staff.v1.dlt \
  --topic journal.marks.v1.dlt \
  --topic journal.periods.v1.dlt \
  --topic journal.enrolments.v1.dlt \
  --topic journal.teaching.v1.dlt
allow User:oneroster-service --operation Read --operation Describe --resource-pattern-type prefixed --group oneroster-
allow User:oneroster-service --operation IdempotentWrite --cluster

rm -f "$CONFIG"
echo "eJD Kafka users and ACLs are in place"
