//! One cargo command of the edit cycle: its wall time, the peak memory of
//! its process tree, and the macro's own timings line.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What one cargo command cost.
#[derive(Debug, Clone, Copy)]
pub struct Run {
    pub wall: Duration,
    /// The largest resident set of cargo and what it waited for (rustc).
    pub peak_kib: u64,
    /// The macro's timings line, when it printed one.
    pub expansion: Option<Expansion>,
}

/// The line `OPENAPI_MODELS_TIMINGS` makes the macro print.
#[derive(Debug, Clone, Copy)]
pub struct Expansion {
    pub types: usize,
    pub bytes: usize,
    pub total: Duration,
    /// parse + lower + emit.
    pub generator: Duration,
    pub hand_over: Duration,
}

/// Runs `cargo args` in `dir` with its target in `target`: the cost, or
/// the first error line.
pub fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Result<Run, String> {
    let start = Instant::now();
    let mut child = Command::new("cargo")
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("OPENAPI_MODELS_TIMINGS", "1")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    // Drained on a thread, or cargo blocks on a full pipe.
    let mut pipe = child.stderr.take().expect("stderr is piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = pipe.read_to_string(&mut text);
        text
    });
    // `wait4` rather than `Child::wait`: its `ru_maxrss` is the maximum
    // over the child and every descendant it waited for, so it covers
    // rustc, which is where the memory goes.
    let mut status = 0;
    // SAFETY: `rusage` is plain data, valid zeroed.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    loop {
        // SAFETY: `pid` is our child, not yet reaped; the pointers are to
        // live locals.
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if reaped == pid {
            break;
        }
        let error = std::io::Error::last_os_error();
        if error.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("wait4: {error}"));
        }
    }
    let wall = start.elapsed();
    let stderr = reader.join().unwrap_or_default();
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        let first = stderr
            .lines()
            .find(|l| l.starts_with("error"))
            .unwrap_or("failed")
            .chars()
            .take(120)
            .collect();
        return Err(first);
    }
    Ok(Run {
        wall,
        peak_kib: usage.ru_maxrss as u64,
        expansion: stderr.lines().find_map(expansion),
    })
}

/// `openapi-models: <spec>: 4354 types, 21671862 bytes of code in 731.2ms
/// (parse 21.1ms, lower 191.5ms, emit 65.3ms, hand over 453.3ms)`.
fn expansion(line: &str) -> Option<Expansion> {
    let rest = line.trim().strip_prefix("openapi-models: ")?;
    let (_, rest) = rest.rsplit_once(": ")?;
    let (types, rest) = rest.split_once(" types, ")?;
    let (bytes, rest) = rest.split_once(" bytes of code in ")?;
    let (total, rest) = rest.split_once(" (parse ")?;
    let (parse, rest) = rest.split_once(", lower ")?;
    let (lower, rest) = rest.split_once(", emit ")?;
    let (emit, rest) = rest.split_once(", hand over ")?;
    let hand_over = rest.strip_suffix(')')?;
    Some(Expansion {
        types: types.parse().ok()?,
        bytes: bytes.parse().ok()?,
        total: duration(total)?,
        generator: duration(parse)? + duration(lower)? + duration(emit)?,
        hand_over: duration(hand_over)?,
    })
}

/// A `Duration` as `{:.1?}` prints it.
fn duration(text: &str) -> Option<Duration> {
    let (number, scale) = [("ns", 1e-9), ("µs", 1e-6), ("ms", 1e-3), ("s", 1.0)]
        .into_iter()
        .find_map(|(unit, scale)| text.strip_suffix(unit).map(|n| (n, scale)))?;
    Some(Duration::from_secs_f64(number.parse::<f64>().ok()? * scale))
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_timings_line() {
        let line = "openapi-models: /a/b.yaml: 4354 types, 21671862 bytes of code in 1.2s (parse 21.1ms, lower 191.5ms, emit 65.3ms, hand over 453.3µs)";
        let e = super::expansion(line).expect("parsed");
        assert_eq!((e.types, e.bytes), (4354, 21671862));
        let close = |d: std::time::Duration, secs: f64| (d.as_secs_f64() - secs).abs() < 1e-9;
        assert!(close(e.total, 1.2));
        assert!(close(e.generator, 0.2779));
        assert!(close(e.hand_over, 453.3e-6));
    }
}
