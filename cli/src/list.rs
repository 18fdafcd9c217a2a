//! `openapi-models list`: what each schema becomes.

use std::path::Path;

use openapi_models_build::Builder;
use openapi_models_codegen::ir::TypeKind;

/// One line per generated type (component schemas by name, inline ones by
/// JSON pointer), then the replaced schemas; columns aligned.
pub fn table(spec: &Path, builder: &Builder) -> Result<String, String> {
    let options = builder.options().map_err(|error| error.to_string())?;
    let display = spec.to_string_lossy().into_owned();
    let output = openapi_models_codegen::render(
        &openapi_models_codegen::load::FileSystem,
        spec,
        &display,
        options,
    );
    if !output.errors.is_empty() {
        return Err(openapi_models_codegen::error::report(
            &output.errors,
            &display,
        ));
    }
    let mut rows = vec![[
        "SCHEMA".to_owned(),
        "RUST NAME".to_owned(),
        "KIND".to_owned(),
    ]];
    for def in &output.model.types {
        let schema = match &def.spec_name {
            Some(name) => name.clone(),
            None => format!("#{}", def.origin.pointer.as_deref().unwrap_or_default()),
        };
        let kind = match &def.kind {
            TypeKind::Struct(_) => "struct",
            TypeKind::Enum(_) => "enum",
            TypeKind::Union(_) => "union (enum)",
            TypeKind::Alias(alias) if alias.newtype => "newtype",
            TypeKind::Alias(_) => "type alias",
        };
        rows.push([schema, def.name.to_string(), kind.to_owned()]);
    }
    for (name, ty) in &options.replace {
        rows.push([name.clone(), ty.to_string(), "replaced".to_owned()]);
    }
    let widths: Vec<usize> = (0..2)
        .map(|column| rows.iter().map(|row| row[column].len()).max().unwrap_or(0))
        .collect();
    let mut table = String::new();
    for [schema, rust, kind] in rows {
        table.push_str(&format!(
            "{schema:<w0$}  {rust:<w1$}  {kind}\n",
            w0 = widths[0],
            w1 = widths[1]
        ));
    }
    Ok(table)
}
