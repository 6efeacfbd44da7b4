//! The Debian package, installed into a clean root with dpkg (`--root`: an empty dpkg
//! database, nothing else): the binary, the desktop entry (valid for
//! desktop-file-validate, opening `clientarea://` links), the AppStream metainfo (valid for
//! appstreamcli), an icon at every size the icon theme spec names, the copyright; and a
//! Depends that names the package of every shared library the binary needs, plus the
//! tray's, which it loads at run time, so `apt install ./clientarea_*.deb` brings them.
//!
//! The test packs the debug build the other tests run (`scripts/package.sh --binary`):
//! the release build `scripts/package.sh` makes by default would add minutes to every
//! run, and the layout and the metadata are the same.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, ensure};

fn run(cmd: &mut Command) -> Result<String> {
    let out = cmd.output().with_context(|| format!("{cmd:?}"))?;
    ensure!(out.status.success(), "{cmd:?}: {}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// A PNG's width and height, from its header.
fn png_size(path: &Path) -> Result<(u32, u32)> {
    let bytes = std::fs::read(path)?;
    ensure!(bytes.len() > 24 && &bytes[1..4] == b"PNG", "{} is not a PNG", path.display());
    let be = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Ok((be(16), be(20)))
}

/// The package providing the shared library `soname` on this machine.
fn package_of(soname: &str) -> Result<String> {
    let cache = run(Command::new("ldconfig").arg("-p"))?;
    let path = cache
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{soname} ")) && l.contains("x86-64"))
        .and_then(|l| l.split("=> ").nth(1))
        .with_context(|| format!("{soname} is not in the linker cache"))?
        .trim()
        .to_owned();
    // dpkg knows the path as installed; /lib is /usr/lib on a merged-/usr system.
    let real = std::fs::canonicalize(&path)?;
    let candidates = [real.display().to_string(), path.clone(), real.display().to_string().replacen("/usr/lib/", "/lib/", 1)];
    for p in candidates {
        if let Ok(out) = run(Command::new("dpkg").args(["-S", &p])) {
            return Ok(out.split(':').next().unwrap_or_default().trim().to_owned());
        }
    }
    anyhow::bail!("no package owns {path}")
}

#[test]
fn the_deb_installs_into_a_clean_root_with_valid_metadata_and_every_dependency_declared() -> Result<()> {
    let bin = clientarea_e2e::app_binary()?;
    let out = tempfile::tempdir()?;
    let root_dir = env!("CARGO_MANIFEST_DIR");
    let deb = run(Command::new(Path::new(root_dir).join("../scripts/package.sh")).arg("--binary").arg(&bin).arg("--out").arg(out.path()))?;
    let deb = deb.lines().last().context("the package's path")?.trim().to_owned();
    let size = std::fs::metadata(&deb)?.len();
    println!("BENCH deb_debug_mib {:.1}", size as f64 / 1_048_576.0);

    // Installed with dpkg into an empty root.
    let root = tempfile::tempdir()?;
    let admin = root.path().join("var/lib/dpkg");
    std::fs::create_dir_all(admin.join("info"))?;
    std::fs::create_dir_all(admin.join("updates"))?;
    std::fs::write(admin.join("status"), "")?;
    // The empty root has none of the dependencies: what they are is checked below.
    run(Command::new("dpkg").arg(format!("--root={}", root.path().display())).args(["--force-depends", "--log=/dev/null", "-i", &deb]))?;
    let r = root.path();
    let installed = run(Command::new("dpkg").arg(format!("--root={}", r.display())).args(["-s", "clientarea"]))?;
    ensure!(installed.contains("Status: install ok installed"), "{installed}");

    let exe = r.join("usr/bin/clientarea");
    ensure!(std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&exe)?.permissions()) & 0o111 != 0, "the binary runs");
    let desktop = r.join("usr/share/applications/com.example.clientarea.desktop");
    run(Command::new("desktop-file-validate").arg(&desktop))?;
    let entry = std::fs::read_to_string(&desktop)?;
    ensure!(entry.contains("Exec=clientarea %u") && entry.contains("MimeType=x-scheme-handler/clientarea;"), "opens links:\n{entry}");
    ensure!(
        entry.contains("Name[it]=Area clienti") && entry.contains("Name[de]=Kundenbereich") && entry.contains("Name[es]=Área de Cliente")
    );
    let metainfo = r.join("usr/share/metainfo/com.example.clientarea.metainfo.xml");
    run(Command::new("appstreamcli").args(["validate", "--no-net"]).arg(&metainfo))?;
    for size in [16, 22, 24, 32, 48, 64, 128, 256, 512] {
        let icon = r.join(format!("usr/share/icons/hicolor/{size}x{size}/apps/com.example.clientarea.png"));
        ensure!(png_size(&icon)? == (size, size), "{} is {size} px", icon.display());
    }
    ensure!(r.join("usr/share/doc/clientarea/copyright").is_file(), "the copyright");

    // Every shared library the binary needs comes from a package Depends names (or from
    // one every Debian system has), and the tray's indicator, loaded at run time, too.
    let depends = run(Command::new("dpkg-deb").args(["-f", &deb, "Depends"]))?;
    let declared: Vec<&str> = depends.split(',').filter_map(|d| d.split_whitespace().next()).collect();
    ensure!(declared.contains(&"libayatana-appindicator3-1"), "the tray's library: {depends}");
    let dynamic = run(Command::new("objdump").arg("-p").arg(&exe))?;
    let needed: Vec<&str> = dynamic.lines().filter_map(|l| l.trim().strip_prefix("NEEDED")).map(str::trim).collect();
    ensure!(needed.iter().any(|n| n.starts_with("libwebkit2gtk-4.1")), "the binary links WebKitGTK: {needed:?}");
    for soname in needed {
        let package = package_of(soname)?;
        let package = package.split(':').next().unwrap_or_default();
        ensure!(declared.contains(&package), "{soname} comes from {package}, which Depends does not name: {depends}");
    }
    Ok(())
}
