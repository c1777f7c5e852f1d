using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>Checklist 1 and 7, and the token rules: signed, bound, 30–60 minutes, refreshable, 403 when expired or for another conversation.</summary>
public sealed class TokenTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_token_is_a_signed_jwt_bound_to_a_new_conversation_and_a_dl_user_for_thirty_minutes()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();

        var body = await client.GetTokenAsync();

        Assert.Equal(1800, (int)body["expires_in"]!);
        var claims = Payload(client.Token);
        Assert.Equal(client.ConversationId, (string?)claims["conv"]);
        Assert.Equal(client.UserId, (string?)claims["user"]);
        Assert.StartsWith("dl_", client.UserId, StringComparison.Ordinal);
        Assert.Equal(1800, (long)claims["exp"]! - (long)claims["iat"]!);
        Assert.Matches("^[A-Za-z0-9]{22}$", client.ConversationId);
    }

    [Fact]
    public async Task Each_page_token_opens_a_different_conversation_for_a_different_user()
    {
        await using var host = WebChannelHost.Start();
        var first = host.Client();
        var second = host.Client();

        await first.GetTokenAsync();
        await second.GetTokenAsync();

        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.NotEqual(first.UserId, second.UserId);
    }

    [Fact]
    public async Task Token_requests_are_rate_limited_per_client_address_with_a_json_429()
    {
        await using var host = WebChannelHost.Start(new Dictionary<string, string?> { ["WebChannel:TokenRequestsPerMinute"] = "3" });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last?.Dispose();
            last = await host.Http.PostAsync("/webchat/token", null, Cancel);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("60", last!.Headers.RetryAfter?.ToString());
        Assert.Equal("TooManyRequests", await DirectLineClient.ErrorCodeAsync(last));
        last.Dispose();
    }

    [Fact]
    public async Task A_page_on_another_site_cannot_get_a_token()
    {
        await using var host = WebChannelHost.Start();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webchat/token");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await host.Http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("OriginNotAllowed", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_configured_partner_site_can_get_a_token()
    {
        await using var host = WebChannelHost.Start(new Dictionary<string, string?> { ["WebChannel:PartnerOrigins:0"] = "https://health.example.org" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webchat/token");
        request.Headers.Add("Origin", "https://health.example.org");

        using var response = await host.Http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://health.example.org", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Refresh_gives_a_new_token_for_the_same_conversation_and_the_old_one_keeps_working_until_it_expires()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        var original = client.Token;
        host.Time.Advance(TimeSpan.FromMinutes(15));

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!;
        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        Assert.Equal(1800, (int)body["expires_in"]!);
        var refreshed = (string)body["token"]!;
        Assert.NotEqual(original, refreshed);
        Assert.Equal(client.UserId, (string?)Payload(refreshed)["user"]);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: original)).StatusCode);
    }

    [Fact]
    public async Task Refreshing_every_fifteen_minutes_keeps_a_conversation_alive_past_the_token_lifetime()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        for (var round = 0; round < 4; round++)
        {
            host.Time.Advance(TimeSpan.FromMinutes(15));
            using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            client.Token = (string)(await response.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["token"]!;
        }

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities")).StatusCode);
    }

    [Theory]
    [InlineData("POST", "/v3/directline/tokens/refresh")]
    [InlineData("POST", "/v3/directline/conversations")]
    [InlineData("GET", "/v3/directline/conversations/{id}")]
    [InlineData("GET", "/v3/directline/conversations/{id}/activities")]
    [InlineData("POST", "/v3/directline/conversations/{id}/activities")]
    public async Task An_expired_token_gets_403_TokenExpired_everywhere(string method, string path)
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        host.Time.Advance(TimeSpan.FromMinutes(31));

        using var response = await client.SendAsync(new HttpMethod(method), path.Replace("{id}", client.ConversationId, StringComparison.Ordinal), DirectLineClient.Json(DirectLineClient.Message("hi").ToJsonString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("GET", "/v3/directline/conversations/{id}")]
    [InlineData("GET", "/v3/directline/conversations/{id}/activities")]
    [InlineData("POST", "/v3/directline/conversations/{id}/activities")]
    [InlineData("POST", "/v3/directline/conversations/{id}/upload")]
    public async Task A_token_for_another_conversation_gets_403(string method, string path)
    {
        await using var host = WebChannelHost.Start();
        var mine = host.Client();
        var theirs = host.Client();
        await mine.StartAsync();
        await theirs.StartAsync();

        using var response = await mine.SendAsync(new HttpMethod(method), path.Replace("{id}", theirs.ConversationId, StringComparison.Ordinal), DirectLineClient.Json(DirectLineClient.Message("hi").ToJsonString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenConversationMismatch", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Theory]
    [InlineData(null, "TokenMissing")]
    [InlineData("not-a-token", "TokenInvalid")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.AAAA", "TokenInvalid")]
    public async Task Missing_or_forged_tokens_get_403_with_a_reason(string? token, string code)
    {
        await using var host = WebChannelHost.Start();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await host.Http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(code, await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_token_with_a_changed_claim_is_refused()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.GetTokenAsync();
        var parts = client.Token.Split('.');
        var claims = Payload(client.Token);
        claims["exp"] = (long)claims["exp"]! + 86_400;
        var forged = $"{parts[0]}.{Convert.ToBase64String(Encoding.UTF8.GetBytes(claims.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token: forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_another_instance_with_the_same_configured_key_is_accepted()
    {
        var key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var settings = new Dictionary<string, string?> { ["WebChannel:TokenSigningKey"] = key };
        await using var first = WebChannelHost.Start(settings);
        await using var second = WebChannelHost.Start(settings);
        var client = first.Client();
        await client.GetTokenAsync();

        // The second instance does not know the conversation (it lives in the first one's memory), but trusts the token.
        using var response = await new DirectLineClient(second.Http) { Token = client.Token }.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static JsonObject Payload(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload += (payload.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        return JsonNode.Parse(Convert.FromBase64String(payload))!.AsObject();
    }
}
