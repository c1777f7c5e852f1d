using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>Checklist 6 (upload: a polite refusal) and 9 (CORS for partner pages).</summary>
public sealed class UploadAndCorsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("en-US", "I can't receive files")]
    [InlineData("es-MX", "No puedo recibir archivos")]
    public async Task An_upload_is_echoed_without_the_file_and_answered_politely_in_the_persons_language(string locale, string words)
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        var message = DirectLineClient.Message("look at this", locale);
        message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["name"] = "pill.png" });
        using var form = new MultipartFormDataContent();
        var activityPart = new StringContent(message.ToJsonString(), Encoding.UTF8);
        activityPart.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity");
        form.Add(new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]), "file", "pill.png");

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId={client.UserId}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["id"];
        var activities = (await client.PollAsync()).Activities();
        Assert.Equal(id, (string?)activities[0]["id"]);
        Assert.Equal(DirectLineClient.ClientActivityId(message), activities[0].ClientActivityId());
        Assert.Null(activities[0]["attachments"]);
        Assert.Equal("files-not-received", activities[1].ReplyKey());
        Assert.Contains(words, (string?)activities[1]["text"], StringComparison.Ordinal);
        Assert.Equal(id, (string?)activities[1]["replyToId"]);
    }

    [Fact]
    public async Task A_message_with_attachments_posted_directly_is_refused_the_same_way()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        var message = DirectLineClient.Message("photo");
        message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "https://example.org/x.png" });

        await client.PostAsync(message);

        Assert.Equal([null, "files-not-received"], (await client.PollAsync()).Activities().Select(activity => activity.ReplyKey()));
    }

    [Theory]
    [InlineData("application/json", "{}")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n")]
    [InlineData("multipart/form-data; boundary=x", "garbage")]
    public async Task An_upload_without_an_activity_part_gets_a_400_json_error(string contentType, string body)
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        var content = new StringContent(body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_partner_origin_gets_a_preflight_allowing_the_headers_web_chat_sends()
    {
        await using var host = WebChannelHost.Start(new Dictionary<string, string?> { ["WebChannel:PartnerOrigins:0"] = "https://health.example.org" });
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations/abc/activities");
        request.Headers.Add("Origin", "https://health.example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await host.Http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("https://health.example.org", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("x-ms-bot-agent", allowed, StringComparison.Ordinal);
        Assert.Contains("authorization", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_origin_gets_no_cors_permission()
    {
        await using var host = WebChannelHost.Start(new Dictionary<string, string?> { ["WebChannel:PartnerOrigins:0"] = "https://health.example.org" });
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await host.Http.SendAsync(request, Cancel);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
