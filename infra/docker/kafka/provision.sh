#!/bin/bash
# Gives each service its SCRAM principal and exactly the grants nl.samenspel.infra.KafkaLayout gives it on the
# embedded broker, and creates every topic with its dead-letter topic (the broker creates none on first use).
# Idempotent: runs on every start. ComposeFileTest checks the "writes"/"reads" lines below against KafkaLayout.
#
#   provision.sh <bootstrap servers> <admin client properties>
set -euo pipefail

bootstrap=$1
admin=$2
bin=/opt/kafka/bin

user() { # principal password
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --alter \
    --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
}
topic() { # name
  "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --create --if-not-exists \
    --topic "$1" --partitions 6 --replication-factor 1
}
allow() { # principal operation topic
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --add \
    --allow-principal "User:$1" --operation "$2" --topic "$3" > /dev/null
}
writes() { # principal topic: its own topic and dead-letter topic
  for t in "$2" "$2-dlt"; do
    for operation in Write Create Describe; do allow "$1" "$operation" "$t"; done
  done
}
reads() { # principal topic: read it, park what cannot be applied on its dead-letter topic
  allow "$1" Read "$2"
  allow "$1" Describe "$2"
  allow "$1" Write "$2-dlt"
  allow "$1" Describe "$2-dlt"
}
groups() { # principal: consumer groups named after it
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --add \
    --allow-principal "User:$1" --operation Read --group "$1" --resource-pattern-type prefixed > /dev/null
}

for t in samenspel.case.events samenspel.partner.events samenspel.consent.events samenspel.reporting.events; do
  topic "$t"
  topic "$t-dlt"
done

user partner-service "$SAMENSPEL_KAFKA_PARTNER_SERVICE_PASSWORD"
writes partner-service samenspel.partner.events

user case-service "$SAMENSPEL_KAFKA_CASE_SERVICE_PASSWORD"
writes case-service samenspel.case.events
reads case-service samenspel.partner.events
reads case-service samenspel.consent.events
groups case-service

user consent-service "$SAMENSPEL_KAFKA_CONSENT_SERVICE_PASSWORD"
writes consent-service samenspel.consent.events
reads consent-service samenspel.partner.events
reads consent-service samenspel.case.events
groups consent-service

user reporting-service "$SAMENSPEL_KAFKA_REPORTING_SERVICE_PASSWORD"
writes reporting-service samenspel.reporting.events
reads reporting-service samenspel.case.events
reads reporting-service samenspel.partner.events
reads reporting-service samenspel.consent.events
groups reporting-service

echo "Kafka principals, grants and topics provisioned."
