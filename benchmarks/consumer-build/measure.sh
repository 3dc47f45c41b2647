#!/usr/bin/env bash
# Consumer build overhead: how much longer a warm `dotnet build` of samples/TypedQueries takes with CatalogSdk than
# without it. See README.md beside this script for what the projects are and why.
#
#   benchmarks/consumer-build/measure.sh [runs]              (default 10 runs of each project and scenario)
#   benchmarks/consumer-build/measure.sh --packages [runs]   the SDK as the packed CatalogSdk package, not project references
#
# Copies the sample to three projects (six with --packages) in a temporary folder, restores and warms each, then runs whole-process
# `dotnet build --no-restore` of the projects in turn, `runs` times, in two scenarios: nothing changed (MSBuild's
# up-to-date checks only) and Program.cs touched (the compiler runs, and with it the generator and analyzers).
# With --packages it first packs src/CatalogSdk.Package into a local feed (from a copy of the sources, under a
# version of its own), the projects take it as a PackageReference, and three more projects split the overhead.
# Prints the load average before and after, and min/median per project and scenario, and the ratios.
set -euo pipefail

packages=false
if [[ "${1:-}" == --packages ]]; then packages=true; shift; fi
runs="${1:-10}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/catalogsdk-consumer-build.XXXXXX")"
[[ "${CONSUMER_BUILD_KEEP:-}" == 1 ]] && echo "work folder (kept): $work" || trap 'rm -rf "$work"' EXIT
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

console_project() { # the project file of a console program like the sample's, with the extra lines in $1
  cat <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>TypedQueries</RootNamespace>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
  </PropertyGroup>
$1
</Project>
EOF
}

if [[ $packages == false ]]; then
  # 1. with: the sample as it is (project references to the runtime library, generator, analyzers and code fixes,
  #    the shipped catalogue and its lock), paths made absolute.
  mkdir -p "$work/with"
  cp "$repo/samples/TypedQueries/Program.cs" "$work/with/"
  sed 's#\.\.\\\.\.\\#'"$repo"'/#g' "$repo/samples/TypedQueries/TypedQueries.csproj" > "$work/with/TypedQueries.csproj"

  # 2. same-source: the same C# the compiler sees in 1 (Program.cs and the five generated files, copied in as source),
  #    referencing the runtime library only: no generator, no analyzers, no catalogue, no CatalogSdk props/targets.
  mkdir -p "$work/same-source/Generated"
  cp "$repo/samples/TypedQueries/Program.cs" "$work/same-source/"
  console_project "  <ItemGroup>
    <ProjectReference Include=\"$repo/src/CatalogSdk/CatalogSdk.csproj\" />
  </ItemGroup>" > "$work/same-source/TypedQueries.csproj"
  projects=(with same-source bare)
  pairs=(with/same-source with/bare)
else
  # The packed package: src/CatalogSdk.Package packed from a copy of the sources (src/, catalog/, the files at the
  # root, without bin/ and obj/), as tests/CatalogSdk.Packages.Tests does, so that nothing is rebuilt in the
  # repository; a version of its own, so that no NuGet cache serves another build of it; a local folder feed; and a
  # global packages folder of its own for the consumers (their NuGet.config), so that restore extracts this package.
  version="$(sed -n 's#.*<Version>\(.*\)</Version>.*#\1#p' "$repo/Directory.Build.props" | head -n 1)-consumerbuild.$(date -u +%Y%m%d%H%M%S)"
  mkdir -p "$work/source" "$work/feed" "$work/packages" "$work/consumers"
  find "$repo" -maxdepth 1 -type f -exec cp {} "$work/source/" \;
  tar -C "$repo" --exclude=bin --exclude=obj --exclude=TestResults -cf - src catalog | tar -C "$work/source" -xf -
  echo "pack: CatalogSdk $version"
  dotnet pack "$work/source/src/CatalogSdk.Package" -c Release -o "$work/feed" -p:Version="$version" \
    -p:UseSharedCompilation=false -nodeReuse:false -tl:off -v:minimal > "$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
  [[ -f "$work/feed/CatalogSdk.$version.nupkg" ]] || { cat "$work/pack.log"; echo "no CatalogSdk.$version.nupkg"; exit 1; }
  cat > "$work/consumers/NuGet.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$work/packages" />
  </config>
  <packageSources>
    <clear />
    <add key="catalogsdk-local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
</configuration>
EOF
  package="  <ItemGroup>
    <PackageReference Include=\"CatalogSdk\" Version=\"$version\" />
  </ItemGroup>"
  catalogue="  <ItemGroup>
    <CatalogSdkCatalogue Include=\"catalog/interventional.txt\" Namespace=\"CatalogSdk.Interventional\" />
  </ItemGroup>"
  # The runtime library alone from the same package, as a reference to its DLL where restore extracts it. A
  # PackageReference with IncludeAssets="compile;runtime" (or ExcludeAssets="analyzers") would still give the compiler
  # the package's analyzers/ (dotnet/sdk#1212, NuGet/Home#6279; the check below catches it), so it is not used.
  runtime_only="  <ItemGroup>
    <Reference Include=\"CatalogSdk\" HintPath=\"$work/packages/catalogsdk/$version/lib/net8.0/CatalogSdk.dll\" />
  </ItemGroup>"
  no_analyzers="  <PropertyGroup>
    <RunAnalyzers>false</RunAnalyzers>
  </PropertyGroup>"

  # 1. with: the sample's Program.cs, the shipped catalogue, its lock and English names in catalog/, and a package
  #    reference to CatalogSdk (runtime library, generator, analyzers, code fixes, props/targets).
  mkdir -p "$work/consumers/with/catalog"
  cp "$repo/samples/TypedQueries/Program.cs" "$work/consumers/with/"
  cp "$repo"/catalog/interventional.{txt,lock,en.tsv} "$work/consumers/with/catalog/"
  console_project "$package
$catalogue" > "$work/consumers/with/TypedQueries.csproj"
  # 2. same-source: Program.cs and the five generated files as source, the package's runtime library DLL alone.
  mkdir -p "$work/consumers/same-source/Generated"
  cp "$repo/samples/TypedQueries/Program.cs" "$work/consumers/same-source/"
  console_project "$runtime_only" > "$work/consumers/same-source/TypedQueries.csproj"
  # 4, 5. with and same-source with RunAnalyzers=false: the compiler skips every analyzer (CatalogSdk's and the SDK's
  #    own), the generator still runs. Their ratio leaves out the analyzers.
  cp -r "$work/consumers/with" "$work/consumers/with-noanalyzers"
  console_project "$package
$catalogue
$no_analyzers" > "$work/consumers/with-noanalyzers/TypedQueries.csproj"
  mkdir -p "$work/consumers/same-source-noanalyzers"
  cp "$repo/samples/TypedQueries/Program.cs" "$work/consumers/same-source-noanalyzers/"
  console_project "$runtime_only
$no_analyzers" > "$work/consumers/same-source-noanalyzers/TypedQueries.csproj"
  projects=(with same-source bare with-noanalyzers same-source-noanalyzers bare-package)
  pairs=(with/same-source with/bare with-noanalyzers/same-source-noanalyzers bare-package/bare)
fi

# 3. bare: a console program of the same shape that uses nothing of CatalogSdk (no references at all).
bare_dir="$work/bare"; [[ $packages == true ]] && bare_dir="$work/consumers/bare"
mkdir -p "$bare_dir"
cat > "$bare_dir/Program.cs" <<'EOF'
using System;
using System.Text;

Console.OutputEncoding = Encoding.UTF8;
foreach (var name in new[] { "冠状动脉造影术", "经皮冠状动脉腔内血管成形术[PTCA]", "脑血管造影术" })
{
    Console.WriteLine(name + ": " + name.Length);
}
EOF
console_project "" > "$bare_dir/TypedQueries.csproj"
if [[ $packages == true ]]; then
  # 6. bare-package: the same program with a package reference to CatalogSdk and no catalogue (catalog/ does not
  #    exist): what the package costs a build where the generator has nothing to generate.
  mkdir -p "$work/consumers/bare-package"
  cp "$bare_dir/Program.cs" "$work/consumers/bare-package/"
  console_project "$package" > "$work/consumers/bare-package/TypedQueries.csproj"
fi

root="$work"; [[ $packages == true ]] && root="$work/consumers"
build() { dotnet build "$root/$1/TypedQueries.csproj" --no-restore "${@:2}" > "$root/$1.log" 2>&1 || { cat "$root/$1.log"; exit 1; }; }

echo "prepare: restore, build, copy the generated sources of 'with' into 'same-source'"
for p in "${projects[@]}"; do dotnet restore "$root/$p/TypedQueries.csproj" > "$root/$p.log" 2>&1 || { cat "$root/$p.log"; exit 1; }; done
# A throw-away copy of 'with' that also writes its generated files to obj/ (a property on the command line would
# reach the referenced projects too, and rebuild them).
mkdir -p "$root/gen"
cp -r "$root/with/." "$root/gen/"
rm -rf "$root/gen/obj" "$root/gen/bin"
sed 's#<RootNamespace>#<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles><RootNamespace>#' "$root/with/TypedQueries.csproj" > "$root/gen/TypedQueries.csproj"
dotnet restore "$root/gen/TypedQueries.csproj" > "$root/gen.log" 2>&1 || { cat "$root/gen.log"; exit 1; }
build gen
for p in same-source same-source-noanalyzers; do
  if [[ -d "$root/$p" ]]; then
    mkdir -p "$root/$p/Generated"
    cp "$root"/gen/obj/Debug/net10.0/generated/CatalogSdk.Generator/CatalogSdk.Generator.CatalogueGenerator/*.g.cs "$root/$p/Generated/"
  fi
done
rm -rf "$root/gen"
echo "  generated files copied: $(ls "$root/same-source/Generated" | tr '\n' ' ')"
if [[ $packages == true ]]; then
  # Check that the runtime-only reference really leaves the generator, analyzers and build files out.
  for p in same-source same-source-noanalyzers; do
    if grep -q 'CatalogSdk\.\(props\|targets\)' "$root/$p"/obj/TypedQueries.csproj.nuget.g.{props,targets} ||
       dotnet msbuild "$root/$p/TypedQueries.csproj" -t:ResolveLockFileAnalyzers -getItem:Analyzer 2>&1 | grep -q 'CatalogSdk\.[A-Za-z]*\.dll'; then
      echo "$p takes more than the runtime library from the package"; exit 1
    fi
  done
fi
for round in 1 2; do for p in "${projects[@]}"; do build "$p"; done; done   # warm: build servers, caches, outputs

# CONSUMER_BUILD_MAX_LOAD=1.5: before timing, wait (at most 10 minutes) until the 1-minute load average is below it, so
# that the script's own pack, restores and warm-up builds have died down.
if [[ -n "${CONSUMER_BUILD_MAX_LOAD:-}" ]]; then
  for ((w = 0; w < 120; w++)); do
    awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$CONSUMER_BUILD_MAX_LOAD" 'BEGIN { exit !(l >= m) }' || break
    sleep 5
  done
fi
now_ms() { date +%s%N | cut -c1-13; }
declare -A times
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for scenario in no-change touched; do
  for ((i = 1; i <= runs; i++)); do
    for p in "${projects[@]}"; do
      [[ $scenario == touched ]] && touch "$root/$p/Program.cs"
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
echo "runs per project and scenario: $runs (dotnet $(dotnet --version)); SDK: $([[ $packages == true ]] && echo "package CatalogSdk $version" || echo "project references")"
printf '%-10s %-24s %8s %8s   %s\n' scenario project min_ms median_ms all_ms
for scenario in no-change touched; do
  for p in "${projects[@]}"; do
    read -r min median <<< "$(stat "${times[$scenario,$p]}")"
    printf '%-10s %-24s %8s %8s   %s\n' "$scenario" "$p" "$min" "$median" "${times[$scenario,$p]}"
  done
done
echo
for scenario in no-change touched; do
  for pair in "${pairs[@]}"; do
    read -r amin amed <<< "$(stat "${times[$scenario,${pair%/*}]}")"
    read -r bmin bmed <<< "$(stat "${times[$scenario,${pair#*/}]}")"
    echo "$scenario: ${pair%/*} / ${pair#*/} = $(ratio "$amin" "$bmin") (min), $(ratio "$amed" "$bmed") (median)"
  done
done
