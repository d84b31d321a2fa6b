#!/usr/bin/env bash
# Compose healthcheck: exits 0 when GET http://127.0.0.1:<port><path> answers HTTP 200, 1 otherwise.
#
#   bash /opt/samenspel/healthcheck/http-ok.sh 8081 /actuator/health
#
# Plain bash (/dev/tcp), because neither image has a usable HTTP client: eclipse-temurin JRE images dropped
# curl from JDK 22 on and may drop it from older lines too, and Keycloak's UBI-micro image never had one.
# Spring Boot answers 503 while a health indicator is DOWN and Keycloak's /health/ready answers 503 until
# it is ready, so the status code alone is the verdict.
set -u
port="${1:?usage: http-ok.sh PORT PATH}"
path="${2:?usage: http-ok.sh PORT PATH}"

exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 5 status_line <&3 || exit 1
exec 3<&-
# "HTTP/1.1 200 OK\r" or "HTTP/1.0 200 OK\r"
case "$status_line" in
    HTTP/*" 200"*) exit 0 ;;
    *) exit 1 ;;
esac
