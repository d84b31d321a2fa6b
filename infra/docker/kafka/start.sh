#!/bin/bash
# Runs the compose file's Kafka with SASL/SCRAM and ACLs, then provisions it (provision.sh) and only then reports
# healthy, so no service connects before its principal, its grants and its topics exist.
#
# server.properties is written from the KAFKA_* variables with the image's own convention (KAFKA_ dropped,
# "___" -> "-", "__" -> "_", "_" -> ".", lower case). The storage is formatted once with the admin principal's
# SCRAM credential: KRaft keeps credentials in its metadata log, so the broker's own login must be there before
# it starts. The controller listener uses SASL/PLAIN, as KRaft cannot check SCRAM on it.
set -euo pipefail

work=/tmp/samenspel-kafka
config=$work/server.properties
mkdir -p "$work"
rm -f "$work/provisioned"
: > "$config"
for variable in $(compgen -e | grep '^KAFKA_' | grep -v -e '^KAFKA_HOME$' -e '^KAFKA_VERSION$'); do
  key=${variable#KAFKA_}
  key=${key//___/-}
  key=${key//__/@}
  key=${key//_/.}
  key=${key//@/_}
  printf '%s=%s\n' "${key,,}" "${!variable}" >> "$config"
done
scram="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"${SAMENSPEL_KAFKA_ADMIN_PASSWORD}\";"
plain="org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"${SAMENSPEL_KAFKA_ADMIN_PASSWORD}\" user_admin=\"${SAMENSPEL_KAFKA_ADMIN_PASSWORD}\";"
for listener in internal external; do
  printf 'listener.name.%s.scram-sha-512.sasl.jaas.config=%s\n' "$listener" "$scram" >> "$config"
done
printf 'listener.name.controller.plain.sasl.jaas.config=%s\n' "$plain" >> "$config"

# The admin's client settings, for provision.sh and the health check inside this container.
cat > "$work/admin.properties" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=${scram}
PROPERTIES

if [ ! -f "${KAFKA_LOG_DIRS}/meta.properties" ]; then
  /opt/kafka/bin/kafka-storage.sh format --cluster-id "$CLUSTER_ID" --config "$config" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=${SAMENSPEL_KAFKA_ADMIN_PASSWORD}]"
fi

/opt/kafka/bin/kafka-server-start.sh "$config" &
broker=$!
trap 'kill -TERM "$broker" 2>/dev/null' TERM INT
until /opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:19092 \
    --command-config "$work/admin.properties" > /dev/null 2>&1; do
  kill -0 "$broker" 2> /dev/null || { wait "$broker"; exit $?; }
  sleep 1
done
bash /opt/samenspel/kafka/provision.sh localhost:19092 "$work/admin.properties"
touch "$work/provisioned"
wait "$broker" || true
wait "$broker" 2> /dev/null || true
