#!/usr/bin/env bash
# HTML report figures in headless Chromium: the example project's page and a generated 20,000-finding page, each
# with its size and load time, and the time the first filter takes on the large one. The browser test measures
# them (it asserts what the page does, never how fast); this script runs the browser tests and prints their
# figures. It also refreshes the README's screenshot, docs/images/html-report.png.
# Needs: chromium and chromium-driver on PATH (see .ci/run), Maven. Run from anywhere in the repository.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q verify -pl cli -am -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshot.update=true \
    -Dtest=HtmlReportBrowserTest \
    | grep -oE '(example report|20,000-finding report): .*'
ls -l docs/images/html-report.png | awk '{ print "screenshot: docs/images/html-report.png, " int($5 / 1024) " KB" }'
