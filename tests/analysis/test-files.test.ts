import { parse } from '@typescript-eslint/parser';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsTestModule, isTestCode, isTestCodeInPackage, isTestFileName } from '../../src/analysis/test-files.js';
import { tempProjects } from '../temp-project.js';

const root = join('/', 'home', 'dev', 'tests', 'shop');

describe('isTestFileName', () => {
  it.each([
    ['src/checkout.test.ts', true],
    ['src/checkout.spec.jsx', true],
    ['cypress/checkout.cy.js', true],
    ['src/__tests__/checkout.js', true],
    ['src\\__tests__\\checkout.js', true],
    ['src/testing.ts', false],
    ['src/contest.js', false],
    ['src/checkout.test-utils.ts', false],
    // NestJS' default end-to-end test, and the kinds of spec teams add beside it (real-world batch 96).
    ['test/app.e2e-spec.ts', true],
    ['src/cards/cards.int-spec.ts', true],
    ['src/cards/cards.integration-test.js', true],
    ['src/experiments/checkout.ab-test.ts', false],
    ['src/speed-test.ts', false],
    // Storybook's stories: a developer's catalogue of components, never shipped (real-world batch EG).
    ['src/components/CardForm.stories.tsx', true],
    ['src/components/CardForm.story.js', true],
    ['src/components/stories.ts', false],
    ['src/components/LoveStory.jsx', false],
  ])('%s → %s', (filename, expected) => {
    expect(isTestFileName(filename)).toBe(expected);
  });
});

describe('isTestCode', () => {
  it.each([
    [join(root, 'tests', 'contract', 'api-contracts.test.ts'), true],
    [join(root, 'src', 'test', 'helpers', 'test-setup.js'), true],
    [join(root, 'e2e', 'fixtures', 'server.js'), true],
    [join(root, 'packages', 'web', '__mocks__', 'stripe.js'), true],
    // An SDK's own mocks, which its e2e tests import (precision probe 305: a card-token request with a sandbox card).
    [join(root, 'src', 'mocks', 'createCardToken.ts'), true],
    [join(root, 'src', 'mockups', 'checkout.ts'), false],
    // Cucumber's step definitions, wherever the features are.
    [join(root, 'server', 'features', 'step_definitions', 'cards.steps.mjs'), true],
    [join(root, 'features', 'steps_definitions', 'steps_defs.mjs'), true],
    // A feature-sliced app's `features/` is app code.
    [join(root, 'src', 'features', 'checkout', 'pay.ts'), false],
    [join(root, 'src', 'server.js'), false],
    // The directories above the root say nothing: the project itself sits under `tests/`.
    [join(root, 'src', 'latest', 'page.js'), false],
    // Outside the root, or not on disk: the name alone.
    [join('/', 'elsewhere', 'tests', 'server.js'), false],
    ['tests/server.js', false],
    ['tests/server.test.js', true],
  ])('%s → %s', (filename, expected) => {
    expect(isTestCode(filename, root)).toBe(expected);
  });
});

describe('isTestCodeInPackage', () => {
  const project = tempProjects('stripe-pci-test-package-', {});
  const named = (name: string): string => join(project({ 'package.json': JSON.stringify({ name, private: true }), 'suites/replay/privacyInput/template.html': '' }), 'suites', 'replay', 'privacyInput', 'template.html');

  it("takes every file of a package of tests by the package's name (precision probe 299: a Playwright suite's test pages)", () => {
    expect(['@sentry-internal/browser-integration-tests', 'e2e-tests', 'playwright-e2e', 'tests', 'shop.tests'].map((name) => isTestCodeInPackage(named(name), '/'))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("not an app named for trying something out (`stripe-test`), nor a name that only ends in the letters", () => {
    expect(['stripe-test', 'contests', 'latests', 'tests-helper', '@acme/e2e-utils', 'shop'].map((name) => isTestCodeInPackage(named(name), '/'))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('importsTestModule', () => {
  const imports = (code: string): boolean => importsTestModule(parse(code, { sourceType: 'module', jsx: true }) as never);
  it.each([
    ["import { Given, When } from '@cucumber/cucumber';", true],
    ["import { render, screen } from '@testing-library/react-native';", true],
    ["import { describe, it, vi } from 'vitest';", true],
    ["import request from 'supertest';", true],
    ["const { expect } = require('chai');", true],
    ["import test from 'node:test';", true],
    ["import { Test } from '@nestjs/testing';", true],
    // WebdriverIO's globals exist only in its test runner (probe 345: a page object under features/pages/)
    ["import { $, browser } from '@wdio/globals';", true],
    ["import { test, expect } from '@playwright/test';", true],
    ["import type { Meta, StoryObj } from '@storybook/react';", true],
    ["import { fn } from 'storybook/test';", true],
    ["import { action } from '@storybook/addon-actions';", true],
    // Browser automation also drives scrapers and bots that fill real checkouts.
    ["import { chromium } from 'playwright';", false],
    ["const puppeteer = require('puppeteer');", false],
    ["import { remote } from 'webdriverio';", false],
    // Mock servers can run inside the app in development.
    ["import { http, HttpResponse } from 'msw';", false],
    ["import { defineConfig } from 'vitest/config';", false],
    // Only the file's own top-level imports and requires count.
    ["function load() { return require('chai'); }", false],
    ["import express from 'express';", false],
  ])('%s → %s', (code, expected) => {
    expect(imports(code)).toBe(expected);
  });
});
