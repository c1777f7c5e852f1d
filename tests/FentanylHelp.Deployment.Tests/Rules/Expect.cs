using System.Text.Json;
using System.Text.Json.Nodes;

namespace FentanylHelp.Deployment.Tests.Rules;

/// <summary>Adds a readable problem when a JSON property of a predicted resource is not the expected value.</summary>
public static class Expect
{
    public static void Value(List<string> problems, string what, JsonNode? actual, object expected)
    {
        var wanted = JsonSerializer.SerializeToNode(expected)!;
        if (!JsonNode.DeepEquals(actual, wanted))
        {
            problems.Add($"{what} is {actual?.ToJsonString() ?? "not set"}, expected {wanted.ToJsonString()}");
        }
    }
}
