// Snapshot testing with Verify's conventions (Verify itself is not available to this project; see DESIGN.md,
// "Known substitutions"), so that moving to Verify.SourceGenerators later is a one-line change per test.
//
//   * The expected text lives in Snapshots/{name}.verified.cs, committed beside the test file that calls
//     Snapshot.Verify (found through [CallerFilePath], so it works from any working directory).
//   * On a mismatch (or a missing verified file) the actual text is written to Snapshots/{name}.received.cs
//     and the test fails with the first differing line. Compare the two files with any diff tool.
//   * To accept the current output, run the tests with the environment variable ARTICLEGEN_ACCEPT=1:
//         ARTICLEGEN_ACCEPT=1 dotnet test tests/ArticleGen.Generator.Tests
//     Every verified file is then overwritten with what was produced (and stale .received.cs files are
//     deleted). Review the git diff of Snapshots/ before committing: the snapshots are documentation.
//
// Line endings are normalized to \n on both sides, so a checkout with autocrlf does not fail the tests.
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace ArticleGen.Generator.Tests;

internal static class Snapshot
{
    public const string AcceptVariable = "ARTICLEGEN_ACCEPT";

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    public static void Verify(string actual, [CallerFilePath] string callerPath = "", [CallerMemberName] string name = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        string verifiedPath = Path.Combine(directory, name + ".verified.cs");
        string receivedPath = Path.Combine(directory, name + ".received.cs");
        actual = Normalize(actual);

        if (Accepting)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return;
        }

        string? expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        string message = expected is null
            ? $"No snapshot {verifiedPath} yet. Wrote {receivedPath}; rename it, or run with {AcceptVariable}=1, after reading it."
            : $"Snapshot mismatch for {name}. Wrote {receivedPath}.{Environment.NewLine}{FirstDifference(expected, actual)}{Environment.NewLine}Run with {AcceptVariable}=1 to accept.";
        throw new XunitException(message);
    }

    internal static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    internal static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string? left = i < e.Length ? e[i] : null;
            string? right = i < a.Length ? a[i] : null;
            if (left != right)
            {
                var builder = new StringBuilder();
                builder.AppendLine($"First difference at line {i + 1}:");
                for (int c = Math.Max(0, i - 2); c < i; c++)
                {
                    builder.AppendLine("  " + e[c]);
                }

                builder.AppendLine("- " + (left ?? "<end of file>"));
                builder.Append("+ " + (right ?? "<end of file>"));
                return builder.ToString();
            }
        }

        return "The texts differ only in line endings.";
    }
}
