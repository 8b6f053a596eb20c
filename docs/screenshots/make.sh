#!/usr/bin/env bash
# Remakes the workspace screenshots in this folder: the browser tests save each page they open
# (Debian's Chromium against a real `segrules serve`) when SEGRULES_SCREENSHOTS names a folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
SEGRULES_SCREENSHOTS="$here" dotnet test tests/SegRules.Tests --filter "FullyQualifiedName~WorkspaceBrowserTests"
