import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bracketEnd, razorCodeInTags, razorStandIns } from '../../src/processors/razor.js';

/** `text` with its stand-ins, checked to keep every character's offset and every line break. */
function standIns(text: string): string {
  const blocks: Array<[number, number]> = [];
  const out = razorStandIns(text, blocks);
  expect(out).toHaveLength(text.length);
  expect(out.split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
  // Outside the rewritten pieces, the text as written.
  const outside = (t: string): string => [...t].filter((_, i) => !blocks.some(([start, end]) => i >= start && i < end)).join('');
  expect(outside(out)).toBe(outside(text));
  return out;
}

describe('razorStandIns', () => {
  it('writes the boolean attributes a statement in a start tag may write (Hotcakes’ expiry options, real-world batch 217)', () => {
    const option = `<option value="@(baseYear + i)"
        @if (Model.PaymentViewModel.DataCreditCard.ExpirationYear == (baseYear + i)) { <text> selected="selected" </text> }>`;
    const code = '@if (Model.PaymentViewModel.DataCreditCard.ExpirationYear == (baseYear + i)) { <text> selected="selected" </text> }';
    expect(standIns(option)).toBe(option.replace(code, `@*selected*@${' '.repeat(code.length - 12)}`));
    expect(razorCodeInTags(option)).toEqual([{ start: option.indexOf('@if'), end: option.indexOf('@if') + code.length, writes: ['selected'] }]);
  });

  it('reads every branch of an `if` / `else if` / `else` chain, `@:` lines and bare `<text>`, over several lines', () => {
    const input = `<input type="checkbox" name="agree"
       @if (Model.Agreed)
       {
           <text>checked="checked" disabled</text>
       }
       else if (Model.Locked) { @:readonly }
       else { <text></text> } />`;
    // The stand-in goes on the first line of the code with room for it: the third.
    const lines = standIns(input).split('\n');
    expect(lines.slice(1).map((line) => line.trim())).toEqual(['', '', '@*checked disabled readonly*@', '', '', '/>']);
    expect(lines[3]).toBe('@*checked disabled readonly*@'.padEnd(input.split('\n')[3]!.length));
    expect(razorCodeInTags(input)[0]!.writes).toEqual(['checked', 'disabled', 'readonly']);
  });

  it('makes any other code an attribute it cannot name: a branch writing a name or a value, nested code, a code block, a loop', () => {
    const cases = [
      '<input @if (Model.Named) { <text>name="cvc"</text> } type="text">',
      '<input @if (x) { <text>@Model.Attr</text> }>',
      '<input @if (x) { var y = 1; <text>checked</text> }>',
      '<input @if (x) { <text><b>checked</b></text> }>',
      '<input @if (x) { } name="a">',
      '<input @{ var locked = true; } name="a">',
      '<option @foreach (var a in Model.Attrs) { <text>@a.Key="@a.Value"</text> }>',
      '<input @switch (Model.Kind) { case 1: <text>checked</text> break; }>',
    ];
    for (const text of cases) {
      const [code] = razorCodeInTags(text);
      expect(code?.writes, text).toBeNull();
      expect(standIns(text).slice(code!.start, code!.end).trimEnd(), text).toBe('@**@');
    }
  });

  it('replaces an explicit expression holding `<`, `>`, quotes or `=` (a value of its own, or the attributes it prints)', () => {
    const pager = '<button type="submit" disabled=@(Model.Page <= 1) name="prev">';
    expect(standIns(pager)).toBe(pager.replace('@(Model.Page <= 1)', '@**@'.padEnd(18)));
    const lambda = '<button @onclick=@(e => Save(e)) class="btn">';
    expect(standIns(lambda)).toBe(lambda.replace('@(e => Save(e))', '@**@'.padEnd(15)));
    const conditional = '<input @(Model.Locked ? "disabled" : "") name="card_number">';
    expect(standIns(conditional)).toBe(conditional.replace('@(Model.Locked ? "disabled" : "")', '@*disabled*@'.padEnd(33)));
    expect(razorCodeInTags('<input @(Model.Attrs ? "name=\\"x\\"" : "") name="a">')[0]!.writes).toBeNull();
    expect(razorCodeInTags('<input @(attributes) name="a">')).toEqual([]);
  });

  it('leaves what the HTML parser reads: quoted values, directive attributes, implicit expressions, code outside tags, raw text, comments', () => {
    const view = `@if (Model.ShowCard) { <p>@Model.Last4</p> }
<input class="form-control @Model.IsErr('cccardnumber')" value="@(a < b ? 1 : 2)" @bind="card.Number" @bind:event="oninput" @Model.Extra />
<script>if (a<b) { document.write('<input @if (x) { <text>checked</text> }>'); }</script>
<!-- <input @if (x) { <text>checked</text> }> -->
<textarea><input @if (x) { <text>checked</text> }></textarea>
@{ var rows = items.Where(i => i.Count < 3); }`;
    expect(razorCodeInTags(view)).toEqual([]);
    expect(razorStandIns(view)).toBe(view);
  });

  it('makes code in a quoted value an unknown piece of it where its quotes would end the value early, and every statement', () => {
    const menu = '<li class="@if (galleryCheck == "true") { <text>hasGallery</text> } @(Model.Count == 0 ? "category" : "category -sub")">';
    const statement = '@if (galleryCheck == "true") { <text>hasGallery</text> }';
    const expression = '@(Model.Count == 0 ? "category" : "category -sub")';
    expect(standIns(menu)).toBe(`<li class="${'@**@'.padEnd(statement.length)} ${'@**@'.padEnd(expression.length)}">`);
    const hotcakes = '<input name="cccardnumber" class="form-control @Model.IsErr("cccardnumber")" autocomplete="off" />';
    expect(standIns(hotcakes)).toBe(hotcakes.replace('@Model.IsErr("cccardnumber")', '@**@'.padEnd(28)));
    const indexed = `<input value="@Model.Values["cvc"]" title='@Html.Raw("it's")'>`;
    // (Razor reads the C# string `"it's"` whole: its apostrophe does not end the single-quoted value.)
    expect(razorCodeInTags(indexed).map(({ start, end }) => indexed.slice(start, end))).toEqual(['@Model.Values["cvc"]', `@Html.Raw("it's")`]);
    const plain = `<input class="@if (x) { <text>a</text> }" value="@Model.Number" title='@T("Card")' data-x="@(a ? 'b' : 'c')">`;
    expect(razorCodeInTags(plain).map(({ start, end }) => plain.slice(start, end))).toEqual(['@if (x) { <text>a</text> }']);
  });

  it('blanks a C# comment that starts a line: markup commented out in a code block is no markup (real-world batch 219)', () => {
    const component = `<p>Checkout handled by Stripe Elements.</p>
@code {
    // Do not render <input name="cardnumber" /> here: Stripe Elements mounts its own iframe.
    private string note = ""; // <input name="cvc"> after code is not read as a comment
}
@{
    /* legacy: <input type="text" name="cvc" autocomplete="cc-csc" />
       was removed */
    ViewData["Title"] = "Pay";
}
<p>See http://example.com // and <a href="//cdn.example.com/x">this</a></p>
<script>
    // <input name="cvc"> in a script is the script's
</script>
<div id="card-element"></div>`;
    const out = standIns(component);
    const lines = out.split('\n');
    expect(lines[2]!.trim()).toBe('');
    expect(lines[3]).toContain('// <input name="cvc">');
    expect(lines.slice(6, 8).map((line) => line.trim())).toEqual(['', '']);
    expect(lines.slice(10)).toEqual(component.split('\n').slice(10));
    // A block comment that does not close is left as written.
    expect(standIns('<p>\n/* <input name="cvc">')).toBe('<p>\n/* <input name="cvc">');
  });

  it("writes a localized text's key in its place in a quoted value: the key names the text (real-world batch 220)", () => {
    const cases: Array<[string, string]> = [
      ['<FluentTextField Placeholder="@Localizer["cardNumber"]" />', 'cardNumber'],
      ['<MTextField Label="@T("Basket.CardNumber")" />', 'Basket.CardNumber'],
      ['<input placeholder="@Localization.GetString("SecurityCode")">', 'SecurityCode'],
      ['<input placeholder="@Res.SharedLocalizer["Cvv"]">', 'Cvv'],
      ['<input aria-label="@L["Card number"]">', 'Card number'],
    ];
    for (const [text, key] of cases) {
      const [code] = razorCodeInTags(text);
      expect(standIns(text).slice(code!.start, code!.end)).toBe(key.padEnd(code!.end - code!.start));
    }
    // Other lookups print values (a view's data, a CSS class): unknown.
    for (const text of ['<input value="@ViewData["CardNumber"]">', '<input class="x @Model.IsErr("cvc")">', '<input placeholder="@Loc.Get("Cvc")">']) {
      const [code] = razorCodeInTags(text);
      expect(standIns(text).slice(code!.start, code!.end).trim(), text).toBe('@**@');
    }
  });

  it('leaves code that does not close, and stays linear on long and hostile input', () => {
    for (const text of ['<input @if (x) { <text>checked</text> ', '<input @if (x', '<input @(a < b', '<a @if (x) <text>b</text>>', '<', '<a', '<a =', '<a b=', '@{']) {
      expect(standIns(text)).toBe(text);
    }
    const many = '<input @if (a) { <text>checked</text> } '.repeat(20_000);
    const started = performance.now();
    expect(razorCodeInTags(many)).toHaveLength(20_000);
    const open = `<input @if (x) { ${'{'.repeat(100_000)}`;
    expect(razorStandIns(open)).toBe(open);
    // Thousands of pieces of code that never close, each read up to its limit: the view's budget ends the reading.
    const unclosed = `<input class="${'@a('.repeat(50_000)}">${'<script>a<b</script>'.repeat(5_000)}`;
    expect(razorCodeInTags(unclosed)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('razorStandIns on any text', () => {
  const TOKENS = [
    '<input', '<option', '<li', '<script>', '</script>', '<!--', '-->', ' ', '\n', '\r\n', '@if (', '@foreach (', '@for (', '@switch (', '@{', '@(', '@:',
    'x', 'Model.A', ' == ', '"true"', "'c'", '"', "'", '(', ')', '{', '}', '[', ']', '<text>', '</text>', 'else', 'else if (', '=', '>', '/>', '<',
    'checked', 'selected="selected"', 'name="cvc"', '@Model.IsErr("a")', '@Html.Raw(', '@"v""x"', '@@', '@', '\\', '//', '/*', '*/', '@Localizer["k"]', '@T("k k")',
  ];
  it('keeps every offset and line break, rewrites only Razor code into `@*…*@` stand-ins, and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (tokens) => {
        const text = tokens.join('');
        const blocks: Array<[number, number]> = [];
        const out = razorStandIns(text, blocks);
        expect(out).toHaveLength(text.length);
        for (let i = 0; i < text.length; i++) {
          const inBlock = blocks.some(([start, end]) => i >= start && i < end);
          if (!inBlock || text[i] === '\n' || text[i] === '\r') expect(out[i]).toBe(text[i]);
        }
        for (const [start, end] of blocks) {
          expect(text.slice(start, start + 2)).toMatch(/^@|^\/[/*]$/);
          // (a C# comment blanked whole; a localized text's key)
          expect(out.slice(start, end).trim()).toMatch(/^(?:@\*[a-z ]*\*@|k|k k)?$/);
        }
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });
});

describe('bracketEnd', () => {
  it('skips C# strings, verbatim strings and characters, but not a lone apostrophe in markup', () => {
    const cases: Array<[string, number]> = [
      ['(a == ")")', 10],
      ['(a == "\\")")', 12],
      ['{ var s = @"a""}"; }', 20],
      ["{ var c = '}'; }", 16],
      ["{ var c = '\\''; }", 17],
      ["{ <text>don't</text> }", 22],
      ['{ { } }', 7],
      ['(a', -1],
    ];
    for (const [text, end] of cases) expect(bracketEnd(text, 0), text).toBe(end);
  });
});
