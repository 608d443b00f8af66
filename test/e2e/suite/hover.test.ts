/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, hoverText, openDocument, positionOf } from './helpers';

// Hover docs through VS Code's hover command on main.tf of the fixture module.

describe('hover', () => {
  let main: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    main = await openDocument('main.tf');
  });

  it('describes an argument: requirement, type, allowed values, replacement and a docs link', async () => {
    const text = await hoverText(main.uri, positionOf(main, 'instance_type', 3));
    assert.match(text, /\*\*instance_type\*\*/);
    assert.match(text, /Optional/);
    assert.match(text, /277 values/);
    assert.match(text, /replaces/);
    assert.match(text, /registry\.terraform\.io.*sagemaker_endpoint_configuration#instance_type/);
  });

  it('describes a block', async () => {
    const text = await hoverText(main.uri, positionOf(main, 'production_variants', 5));
    assert.match(text, /\*\*production_variants\*\*/);
    assert.match(text, /Required/);
  });

  it('describes the resource type', async () => {
    const text = await hoverText(main.uri, positionOf(main, 'aws_sagemaker_endpoint" "orders"', 5));
    assert.match(text, /\*\*aws_sagemaker_endpoint\*\*/);
  });

  it('describes an enumeration value', async () => {
    const text = await hoverText(main.uri, positionOf(main, 'ml.m5.large', 4));
    assert.match(text, /ml\.m5\.large/);
  });
});
