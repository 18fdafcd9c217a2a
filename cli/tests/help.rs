//! `--help` of each command, as snapshots (`EXPECTORATE=overwrite` updates
//! them): the flags are the options of the macro and the build API.

use crate::{cli, stdout};

#[test]
fn help_is_as_documented() {
    for (args, snapshot) in [
        (&["--help"][..], "help.txt"),
        (&["generate", "--help"][..], "generate-help.txt"),
        (&["list", "--help"][..], "list-help.txt"),
    ] {
        let output = cli(args);
        assert!(output.status.success(), "{args:?}");
        expectorate::assert_contents(format!("tests/snapshots/{snapshot}"), &stdout(&output));
    }
}
