#!/bin/sh
# Container entrypoint: apply pending migrations, then replace this shell with the application.
#
#   ENTRYPOINT ["/app/entrypoint.sh"]
#   CMD ["java", "-jar", "/app/app.jar"]
#
# cairn reads its settings from the environment:
#   CAIRN_URL       the database, e.g. jdbc:postgresql://db:5432/shop (required)
#   CAIRN_USER      the user, unless in the URL
#   CAIRN_PASSWORD  the password, unless in the URL (never printed)
#   CAIRN_DIR       the migration directory, e.g. file:///app/migrations
# and this script from:
#   CAIRN               the cairn launcher (default: cairn on the PATH)
#   CAIRN_APPLY_ARGS    extra options for 'cairn migrate apply', e.g. "--connect-retry 60s"
#   CAIRN_SKIP_MIGRATE  "true" to start the application without migrating (e.g. when an init
#                       container or release command already did)
#
# 'cairn migrate apply' exits 0 when nothing is pending, so every replica can run it: Cairn's
# migration lock lets one apply while the others wait, then find nothing to do. Any other outcome
# (a failed migration, an unreachable database) stops the container before the application starts,
# with cairn's exit code: 1 failed, 2 bad configuration, 3 database unreachable.
set -eu

if [ "$#" -eq 0 ]; then
  echo "entrypoint: no application command given (set CMD in the Dockerfile)" >&2
  exit 2
fi

if [ "${CAIRN_SKIP_MIGRATE:-false}" != "true" ]; then
  if [ -z "${CAIRN_URL:-}" ]; then
    echo "entrypoint: CAIRN_URL is not set; set it to the database's JDBC URL" \
      "(or CAIRN_SKIP_MIGRATE=true to start without migrating)" >&2
    exit 2
  fi
  # CAIRN_APPLY_ARGS is intentionally unquoted: it may hold several options.
  # shellcheck disable=SC2086
  "${CAIRN:-cairn}" migrate apply ${CAIRN_APPLY_ARGS:-}
fi

# exec: the application becomes PID 1's process, receives SIGTERM directly and its exit code is
# the container's.
exec "$@"
