#!/usr/bin/env node
// The `sequrity-responses` command (`sequrity-responses emulator …`). A committed file, so that npm finds the bin
// when it reads package.json, before `prepack` has built dist/ on a fresh clone (a missing bin file is dropped).
import '../dist/src/testing/cli.js';
