#!/usr/bin/env bash
# The goals check for an innovation network's CI: validate the ecosystem,
# write the status report (Markdown and HTML) and fail when a task is overdue.
#
#   examples/ci/eco-status.sh ECOSYSTEM [REPORT_FOLDER]
#
# Environment:
#   ECO       how to run eco (default: eco if installed, else npx --no-install eco)
#   AS_OF     the report date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)
#   SINCE     an earlier snapshot to compare with, e.g. git:v1.0:ecosystem (optional)
#   REPORT_LANG  fi or en (default: fi)
#   FAIL_ON   conditions that fail the job (default: overdue; also off-track, invalid)
#
# Exit status: 0 all well; 1 invalid input or a FAIL_ON condition holds; 2 usage.
set -euo pipefail

input=${1:?usage: eco-status.sh ECOSYSTEM [REPORT_FOLDER]}
reports=${2:-reports}
if [ -z "${ECO:-}" ]; then
  if command -v eco >/dev/null; then ECO=eco; else ECO="npx --no-install eco"; fi
fi
read -r -a eco <<< "$ECO"
options=(--lang "${REPORT_LANG:-fi}")
[ -n "${AS_OF:-}" ] && options+=(--as-of "$AS_OF")
[ -n "${SINCE:-}" ] && options+=(--since "$SINCE")

"${eco[@]}" validate "$input" ${AS_OF:+--as-of "$AS_OF"}
"${eco[@]}" status "$input" "${options[@]}" --quiet --format md -o "$reports/status.md"
"${eco[@]}" status "$input" "${options[@]}" --quiet --format html -o "$reports/status.html"
# Last, so the reports exist even when this fails the job: one line per reason.
"${eco[@]}" status "$input" "${options[@]}" --quiet --format text --fail-on "${FAIL_ON:-overdue}"
