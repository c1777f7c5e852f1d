using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FentanylHelp.Bot.Tests.Http;

/// <summary>Real activity JSON posted to /api/messages of the real app.</summary>
public sealed class MessagesEndpointTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hi_with_expectReplies_returns_the_welcome_and_the_menu_card_in_the_body()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", ActivityJson.Message("c-hi", "hi"), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonNode>(Cancel);
        Assert.Equal(["welcome", "menu"], ActivityJson.Keys(body));
        var menuCard = body!["activities"]![1]!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)menuCard["contentType"]);
        Assert.Equal(5, menuCard["content"]!["actions"]!.AsArray().Count(action => (string?)action!["type"] == "Action.Submit"));
    }

    [Fact]
    public async Task Menu_choices_posted_as_card_submits_walk_a_journey()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/messages", ActivityJson.Message("c-walk", "hi"), Cancel);

        var response = await client.PostAsJsonAsync("/api/messages",
            ActivityJson.Message("c-walk", null, value: new JsonObject { ["from"] = "menu", ["choice"] = "3" }), Cancel);

        Assert.Equal(["origins-start"], ActivityJson.Keys(await response.Content.ReadFromJsonAsync<JsonNode>(Cancel)));
    }

    [Fact]
    public async Task Overdose_words_get_the_emergency_steps_first_in_the_middle_of_a_journey()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/messages", ActivityJson.Message("c-crisis", "where does fentanyl come from"), Cancel);

        var response = await client.PostAsJsonAsync("/api/messages", ActivityJson.Message("c-crisis", "I think my friend is overdosing"), Cancel);

        var keys = ActivityJson.Keys(await response.Content.ReadFromJsonAsync<JsonNode>(Cancel));
        Assert.Equal("emergency-overdose", keys[0]);
        Assert.Equal("resume-after-emergency", keys[1]);
    }

    [Fact]
    public async Task Normal_delivery_posts_the_replies_to_the_channel_service_url()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages",
            ActivityJson.Message("c-delivery", "hi", serviceUrl: channel.Url, expectReplies: false), Cancel);

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        var received = channel.Received.ToArray();
        Assert.Equal(2, received.Length);
        Assert.All(received, activity =>
        {
            Assert.Equal("c-delivery", (string?)activity["conversation"]!["id"]);
            Assert.Equal("user-1", (string?)activity["recipient"]!["id"]);
        });
        Assert.Equal(["welcome", "menu"], ActivityJson.Keys(new JsonObject { ["activities"] = new JsonArray([.. received.Select(activity => activity.DeepClone())]) }));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"text\": \"hi\"}")]
    [InlineData("{\"type\": \"message\", \"text\": \"hi\"}")]
    [InlineData("")]
    public async Task Malformed_bodies_get_a_clear_400_without_a_stack_trace(string body)
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(text)!["detail"]);
    }

    [Theory]
    [InlineData("user-1", new[] { "welcome", "menu" })]
    [InlineData("bot-1", new string[0])]
    public async Task A_person_joining_the_conversation_is_welcomed_but_the_bot_joining_is_not(string memberId, string[] expected)
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        var update = ActivityJson.Message("c-join-" + memberId, null);
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = memberId });

        var response = await client.PostAsJsonAsync("/api/messages", update, Cancel);

        var body = response.Content.Headers.ContentLength == 0 ? null : await response.Content.ReadFromJsonAsync<JsonNode>(Cancel);
        Assert.Equal(expected, ActivityJson.Keys(body));
    }

    [Fact]
    public async Task A_message_with_only_an_attachment_gets_a_friendly_answer_and_the_menu()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/messages", ActivityJson.Message("c-file", "hi"), Cancel);
        var upload = ActivityJson.Message("c-file", null);
        upload["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "http://127.0.0.1:9/photo.png" });

        var response = await client.PostAsJsonAsync("/api/messages", upload, Cancel);

        Assert.Equal(["not-understood", "menu"], ActivityJson.Keys(await response.Content.ReadFromJsonAsync<JsonNode>(Cancel)));
    }

    [Fact]
    public async Task Health_endpoints_report_ready_once_content_is_loaded()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Cancel)).StatusCode);
    }
}
