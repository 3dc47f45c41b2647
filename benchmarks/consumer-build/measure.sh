#!/usr/bin/env bash
# Consumer build overhead: how much longer a warm `dotnet build` of samples/TypedQueries takes with CatalogSdk than
# without it. See README.md beside this script for what the three projects are and why.
#
#   benchmarks/consumer-build/measure.sh [runs]      (default 10 runs of each project and scenario)
#
# Copies the sample to three projects in a temporary folder, restores and warms each, then runs whole-process
# `dotnet build --no-restore` of the three in turn, `runs` times, in two scenarios: nothing changed (MSBuild's
# up-to-date checks only) and Program.cs touched (the compiler runs, and with it the generator and analyzers).
# Prints the load average before and after, and min/median per project and scenario, and the ratios.
set -euo pipefail

runs="${1:-10}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/catalogsdk-consumer-build.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The samples' own Directory.Build.props, pointed at the repository's: the same settings for all three projects.
cat > "$work/Directory.Build.props" <<EOF
<Project>
  <Import Project="$repo/Directory.Build.props" />
  <PropertyGroup>
    <IsPackable>false</IsPackable>
  </PropertyGroup>
</Project>
EOF

# 1. with: the sample as it is (project references to the runtime library, generator, analyzers and code fixes,
#    the shipped catalogue and its lock), paths made absolute.
mkdir -p "$work/with"
cp "$repo/samples/TypedQueries/Program.cs" "$work/with/"
sed 's#\.\.\\\.\.\\#'"$repo"'/#g' "$repo/samples/TypedQueries/TypedQueries.csproj" > "$work/with/TypedQueries.csproj"

# 2. same-source: the same C# the compiler sees in 1 (Program.cs and the five generated files, copied in as source),
#    referencing the runtime library only: no generator, no analyzers, no catalogue, no CatalogSdk props/targets.
mkdir -p "$work/same-source/Generated"
cp "$repo/samples/TypedQueries/Program.cs" "$work/same-source/"
cat > "$work/same-source/TypedQueries.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>TypedQueries</RootNamespace>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/CatalogSdk/CatalogSdk.csproj" />
  </ItemGroup>
</Project>
EOF

# 3. bare: a console program of the same shape that uses nothing of CatalogSdk (no references at all).
mkdir -p "$work/bare"
cat > "$work/bare/Program.cs" <<'EOF'
using System;
using System.Text;

Console.OutputEncoding = Encoding.UTF8;
foreach (var name in new[] { "冠状动脉造影术", "经皮冠状动脉腔内血管成形术[PTCA]", "脑血管造影术" })
{
    Console.WriteLine(name + ": " + name.Length);
}
EOF
cat > "$work/bare/TypedQueries.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>TypedQueries</RootNamespace>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
  </PropertyGroup>
</Project>
EOF

projects=(with same-source bare)
build() { dotnet build "$work/$1/TypedQueries.csproj" --no-restore "${@:2}" > "$work/$1.log" 2>&1 || { cat "$work/$1.log"; exit 1; }; }

echo "prepare: restore, build, copy the generated sources of 'with' into 'same-source'"
for p in "${projects[@]}"; do dotnet restore "$work/$p/TypedQueries.csproj" > "$work/$p.log" 2>&1 || { cat "$work/$p.log"; exit 1; }; done
# A throw-away copy of 'with' that also writes its generated files to obj/ (a property on the command line would
# reach the referenced projects too, and rebuild them).
mkdir -p "$work/gen"
cp "$work/with/Program.cs" "$work/gen/"
sed 's#<RootNamespace>#<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles><RootNamespace>#' "$work/with/TypedQueries.csproj" > "$work/gen/TypedQueries.csproj"
dotnet restore "$work/gen/TypedQueries.csproj" > "$work/gen.log" 2>&1 || { cat "$work/gen.log"; exit 1; }
build gen
cp "$work"/gen/obj/Debug/net10.0/generated/CatalogSdk.Generator/CatalogSdk.Generator.CatalogueGenerator/*.g.cs "$work/same-source/Generated/"
rm -rf "$work/gen"
echo "  generated files copied: $(ls "$work/same-source/Generated" | tr '\n' ' ')"
for round in 1 2; do for p in "${projects[@]}"; do build "$p"; done; done   # warm: build servers, caches, outputs

now_ms() { date +%s%N | cut -c1-13; }
declare -A times
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for scenario in no-change touched; do
  for ((i = 1; i <= runs; i++)); do
    for p in "${projects[@]}"; do
      [[ $scenario == touched ]] && touch "$work/$p/Program.cs"
      start=$(now_ms); build "$p"; end=$(now_ms)
      times[$scenario,$p]+="$((end - start)) "
    done
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

stat() { # min and median (the lower middle value for an even count) of the numbers in $1, in ms
  local sorted n; sorted=($(tr ' ' '\n' <<< "$1" | grep . | sort -n)); n=${#sorted[@]}
  echo "${sorted[0]} ${sorted[$(((n - 1) / 2))]}"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

echo
echo "runs per project and scenario: $runs (dotnet $(dotnet --version))"
printf '%-10s %-12s %8s %8s   %s\n' scenario project min_ms median_ms all_ms
for scenario in no-change touched; do
  for p in "${projects[@]}"; do
    read -r min median <<< "$(stat "${times[$scenario,$p]}")"
    printf '%-10s %-12s %8s %8s   %s\n' "$scenario" "$p" "$min" "$median" "${times[$scenario,$p]}"
  done
done
echo
for scenario in no-change touched; do
  read -r wmin wmed <<< "$(stat "${times[$scenario,with]}")"
  for base in same-source bare; do
    read -r bmin bmed <<< "$(stat "${times[$scenario,$base]}")"
    echo "$scenario: with / $base = $(ratio "$wmin" "$bmin") (min), $(ratio "$wmed" "$bmed") (median)"
  done
done
