using System.Text.Json.Nodes;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>Card templates are filled on the JSON tree: text goes in exactly, conditional elements come and go.</summary>
public sealed class CardRendererTests
{
    private const string Template = """
        {
          "type": "AdaptiveCard",
          "version": "1.5",
          "fallbackText": "{{text}}",
          "body": [
            { "type": "TextBlock", "text": "{{title}}", "when": "title" },
            {
              "type": "Container",
              "items": [
                { "type": "TextBlock", "text": "{{text}}" },
                { "type": "TextBlock", "text": "{{sources}}", "when": "sources" }
              ]
            },
            { "type": "TextBlock", "text": "Source: {{ sources }}." }
          ],
          "actions": [
            { "type": "Action.OpenUrl", "title": "{{str:call-911}}", "url": "tel:911" },
            { "type": "Action.OpenUrl", "title": "{{str:call-988}}", "url": "tel:988" },
            { "type": "Action.Submit", "title": "{{str:call-911}} or {{unknown}}" }
          ]
        }
        """;

    [Theory]
    [InlineData("plain text")]
    [InlineData("He said \"stop\" and left.")]
    [InlineData("braces { } and [ ] and {{title}} stay as typed")]
    [InlineData("line one\nline two\r\n\ttabbed")]
    [InlineData("back\\slash and \"quote\\\"")]
    [InlineData("</script><b>&amp;</b> 'single' `tick`")]
    [InlineData("Menú, español, 🙏")]
    [InlineData("costs $1, $$ or ${text} and $0")]
    public void Bound_text_is_placed_exactly_and_the_card_stays_valid_JSON(string text)
    {
        var card = CardRenderer.Render(Parse(Template), Bindings(("text", text), ("title", "T"), ("sources", "S")));

        Assert.Equal(text, (string?)card["fallbackText"]);
        Assert.Equal(text, (string?)card["body"]![1]!["items"]![0]!["text"]);
        var reparsed = JsonNode.Parse(card.ToJsonString())!;
        Assert.Equal(text, (string?)reparsed["fallbackText"]);
        Assert.Equal(text, (string?)reparsed["body"]![1]!["items"]![0]!["text"]);
    }

    [Fact]
    public void A_placeholder_inside_longer_text_is_replaced_in_place_and_may_have_spaces_inside_the_braces()
    {
        var card = CardRenderer.Render(Parse(Template), Bindings(("title", "Title"), ("sources", "CDC")));

        Assert.Equal("Source: CDC.", (string?)card["body"]![2]!["text"]);
    }

    [Fact]
    public void A_placeholder_without_a_binding_becomes_empty()
    {
        var card = CardRenderer.Render(Parse(Template), name => name == "str:call-911" ? "Call 911" : null);

        Assert.Equal(string.Empty, (string?)card["fallbackText"]);
        Assert.Equal("Call 911 or ", (string?)card["actions"]![2]!["title"]);
    }

    [Fact]
    public void String_placeholders_ask_the_binding_for_the_prefixed_name()
    {
        var asked = new List<string>();

        var card = CardRenderer.Render(Parse(Template), name =>
        {
            asked.Add(name);
            return name.StartsWith(CardRenderer.StringPrefix, StringComparison.Ordinal) ? $"<{name}>" : "x";
        });

        Assert.Contains("str:call-911", asked);
        Assert.Contains("str:call-988", asked);
        Assert.Equal("<str:call-911>", (string?)card["actions"]![0]!["title"]);
        Assert.Equal("<str:call-988>", (string?)card["actions"]![1]!["title"]);
    }

    [Fact]
    public void Elements_whose_when_binding_is_empty_or_missing_are_removed()
    {
        var withEmpty = CardRenderer.Render(Parse(Template), Bindings(("title", string.Empty), ("text", "body")));

        var body = withEmpty["body"]!.AsArray();
        Assert.Equal(2, body.Count);
        Assert.Equal("Container", (string?)body[0]!["type"]);
        var items = body[0]!["items"]!.AsArray();
        Assert.Equal("body", (string?)Assert.Single(items)!["text"]);
    }

    [Fact]
    public void Elements_whose_when_binding_has_text_are_kept_without_the_when_key()
    {
        var card = CardRenderer.Render(Parse(Template), Bindings(("title", "Title"), ("text", "body"), ("sources", "CDC")));

        var body = card["body"]!.AsArray();
        Assert.Equal(3, body.Count);
        Assert.Equal("Title", (string?)body[0]!["text"]);
        Assert.Equal("CDC", (string?)body[1]!["items"]![1]!["text"]);
        Assert.DoesNotContain("\"when\"", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_does_not_change_the_template()
    {
        var template = Parse(Template);
        var before = template.ToJsonString();

        CardRenderer.Render(template, Bindings(("title", string.Empty), ("text", "filled \"text\"")));
        CardRenderer.Render(template, Bindings(("title", "Title"), ("sources", "CDC")));

        Assert.Equal(before, template.ToJsonString());
    }

    [Fact]
    public void Each_render_returns_a_separate_card()
    {
        var template = Parse(Template);

        var first = CardRenderer.Render(template, Bindings(("text", "first")));
        var second = CardRenderer.Render(template, Bindings(("text", "second")));

        Assert.NotSame(first, second);
        Assert.NotSame(template, first);
        Assert.Equal("first", (string?)first["fallbackText"]);
        Assert.Equal("second", (string?)second["fallbackText"]);
    }

    [Fact]
    public void Text_without_placeholders_and_other_values_are_left_alone()
    {
        var template = Parse("""{ "type": "AdaptiveCard", "version": "1.5", "wrap": true, "size": 3, "url": "tel:911", "empty": null }""");

        var card = CardRenderer.Render(template, _ => "never");

        Assert.True(JsonNode.DeepEquals(template, card));
    }

    [Fact]
    public void StringReferences_lists_each_str_key_once_without_its_prefix()
    {
        var references = CardRenderer.StringReferences(Parse(Template)).ToList();

        Assert.Equal(["call-911", "call-988"], references);
    }

    [Fact]
    public void StringReferences_is_empty_for_a_card_without_str_placeholders()
    {
        var template = Parse("""{ "type": "AdaptiveCard", "body": [ { "text": "{{text}} {{title}}" } ] }""");

        Assert.Empty(CardRenderer.StringReferences(template));
    }

    [Fact]
    public void A_placeholder_that_is_an_array_item_is_filled()
    {
        var template = Parse("""{ "type": "AdaptiveCard", "targets": [ "{{text}}" ] }""");

        var card = CardRenderer.Render(template, Bindings(("text", "filled")));

        Assert.Equal("filled", (string?)card["targets"]![0]);
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static Func<string, string?> Bindings(params (string Name, string Value)[] values)
    {
        var map = values.ToDictionary(value => value.Name, value => value.Value, StringComparer.Ordinal);
        return name => map.GetValueOrDefault(name);
    }
}
