//! A minimal Tauri window: the least any Tauri app costs on this machine.

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("floor app failed: {e}");
        std::process::exit(1);
    }
}
