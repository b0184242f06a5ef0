#!/usr/bin/env bash
# Packs the library into samples/local-feed and runs the sample console app against that package (not the project),
# the way a NuGet consumer meets ContentGuard first. Usage: samples/run.sh ["text to check"]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="0.1.0-local.$(date +%Y%m%d%H%M%S)"
rm -rf "$here/local-feed" && mkdir -p "$here/local-feed"
dotnet pack "$here/../src/ContentGuard/ContentGuard.csproj" -c Release -o "$here/local-feed" -p:Version="$version" --nologo -v quiet
dotnet run --project "$here/ContentGuard.Sample" -p:ContentGuardVersion="$version" -- "$@"
