// Validates Teams app manifest and localization files against the JSON schemas that Microsoft bundles in
// @microsoft/app-manifest, fully offline: a file whose $schema is not bundled fails instead of being fetched.
// Usage: node validate.js <manifest.json> [<localization.json> ...]
// Prints one line per problem ("<file>: <json path> <message>") and exits 1 when there is any, 0 otherwise.
"use strict";
const fs = require("fs");
const path = require("path");
const { AppManifestUtils } = require("@microsoft/app-manifest");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

// The localization schema's key patterns (one has "\b]") are not valid as Unicode regular expressions,
// which @microsoft/app-manifest's validator compiles them as; the same validator (ajv, draft-04) without the
// Unicode flag reads them as Microsoft wrote them.
function validateLocalization(json, schema) {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  return validate(json) ? [] : validate.errors.map((error) => `${error.instancePath} ${error.message}. Details: ${JSON.stringify(error.params)}`);
}

function localSchema(schemaUrl) {
  const suffix = schemaUrl && AppManifestUtils.getLocalSchemaSuffix(schemaUrl);
  if (!suffix) {
    return undefined;
  }
  const file = AppManifestUtils.getLocalSchemaCandidates(suffix).find((candidate) => fs.existsSync(candidate));
  return file && JSON.parse(fs.readFileSync(file, "utf8"));
}

async function problemsOf(file) {
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    return [`not readable JSON: ${error.message}`];
  }
  const schema = localSchema(json.$schema);
  if (!schema) {
    return [`$schema ${JSON.stringify(json.$schema)} is not one of the schemas bundled in @microsoft/app-manifest`];
  }
  return /Localization\.schema\.json$/.test(json.$schema)
    ? validateLocalization(json, schema)
    : await AppManifestUtils.validateAgainstSchema(json, schema);
}

async function main(files) {
  if (files.length === 0) {
    console.error("usage: node validate.js <manifest.json> [<localization.json> ...]");
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const problems = await problemsOf(file);
    for (const problem of problems) {
      console.log(`${path.basename(file)}: ${problem}`);
    }
    if (problems.length > 0) {
      failed = true;
    } else {
      console.log(`${path.basename(file)}: valid`);
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exit(3);
  });
