#!/usr/bin/env bash
# Usage: scripts/ci/spec-coverage-issue.sh REPORT
# The scheduled spec-coverage workflow (.github/workflows/spec-coverage.yml) runs this when
# `npm run spec:coverage -- --check` found something the newest openai package has and the spec lacks: it files the
# report as an issue labelled `spec-coverage`, or, when one is already open, adds the report to it as a comment, so a
# weekly run never files the same gap twice. Needs the GitHub CLI (`gh`) with GH_TOKEN allowed to write issues;
# GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID (set by Actions) link the run.
set -euo pipefail
report=${1:?usage: spec-coverage-issue.sh REPORT}
label=spec-coverage
title="Spec coverage: the newest openai package has what openapi/ lacks"
run_url="${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-}/actions/runs/${GITHUB_RUN_ID:-}"

body=$(mktemp)
trap 'rm -f "$body"' EXIT
{
  echo "The scheduled run of \`npm run spec:coverage -- --check\` ($run_url) found what the spec lacks:"
  echo
  echo '```'
  cat "$report"
  echo '```'
  echo
  echo 'Add it to `openapi/` (see "Changing the spec" in the README), or list it as a known gap in'
  echo '`scripts/lib/spec-coverage/roots.ts` with the reason.'
} >"$body"

gh label create "$label" --color BFD4F2 --description 'Found by the scheduled spec-coverage run' --force >/dev/null
open=$(gh issue list --label "$label" --state open --limit 1 --json number --jq '.[0].number // empty')
if [ -n "$open" ]; then
  gh issue comment "$open" --body-file "$body"
  echo "spec coverage: commented on issue #$open"
else
  gh issue create --title "$title" --label "$label" --body-file "$body"
fi
