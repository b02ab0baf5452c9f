using System.Buffers;
using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace ArticleGen.Tests.Hostile;

/// <summary>Independent re-statements of the input rules (BOM, CRLF, UTF-8), and readable dumps for failure messages.</summary>
internal static class HostileText
{
    /// <summary>How many times the default number of cases and inputs to run (environment variable ARTICLEGEN_HOSTILE_SCALE, default 1).</summary>
    public static int Scale { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("ARTICLEGEN_HOSTILE_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out int scale) && scale > 0 ? scale : 1;

    [ThreadStatic]
    private static (string Text, string Normalized)? lastNormalized;

    /// <summary>What a reader sees: one leading U+FEFF skipped, every CRLF read as LF (a lone CR is text).</summary>
    /// <remarks>The last answer is kept per thread: every layout checks the same input in turn.</remarks>
    public static string NormalizeInput(string text)
    {
        if (lastNormalized is { } last && ReferenceEquals(last.Text, text))
        {
            return last.Normalized;
        }

        string normalized = Normalize(text);
        lastNormalized = (text, normalized);
        return normalized;
    }

    private static string Normalize(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        return NormalizeNewLines(text);
    }

    /// <summary>Every "\r\n" (left to right, not overlapping) becomes "\n".</summary>
    public static string NormalizeNewLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The 1-based line <paramref name="line"/> of <paramref name="text"/> without its line break, or null when there is no such line.</summary>
    public static string? LineAt(string text, int line)
    {
        int start = 0;
        for (int i = 1; i < line; i++)
        {
            int next = text.IndexOf('\n', start);
            if (next < 0)
            {
                return null;
            }

            start = next + 1;
        }

        int end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }

    public static bool HasUtf8Bom(ReadOnlySpan<byte> utf8) => utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF;

    /// <summary>The offset of the first byte that does not start a valid UTF-8 sequence (after a leading BOM), or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        int index = HasUtf8Bom(utf8) ? 3 : 0;
        while (index < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[index..], out _, out int consumed) != OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }

    /// <summary>Whether every surrogate is part of a pair.</summary>
    public static bool IsValidUtf16(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A C# literal for <paramref name="text"/>, cut in the middle when long.</summary>
    public static string Show(string? text, int max = 400)
    {
        if (text is null)
        {
            return "null";
        }

        var builder = new StringBuilder("\"");
        void Append(string part)
        {
            foreach (char c in part)
            {
                switch (c)
                {
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    default:
                        if (c < ' ' || c > '~')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }
        }

        if (text.Length <= max)
        {
            Append(text);
        }
        else
        {
            Append(text[..(max / 2)]);
            builder.Append("\" + ... " + (text.Length - max) + " chars ... + \"");
            Append(text[^(max / 2)..]);
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// How an error message shows a line: control characters escaped (\t, \r, \uXXXX), everything else as is,
    /// so that a caret can be placed under a column.
    /// </summary>
    public static string EscapeControls(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsControl(c))
            {
                builder.Append(c);
            }
            else if (c == '\t')
            {
                builder.Append("\\t");
            }
            else if (c == '\r')
            {
                builder.Append("\\r");
            }
            else if (c == '\n')
            {
                builder.Append("\\n");
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Null when the message's second and third lines show the offending line with a caret under the column
    /// (what stands before the caret is the escaped text before the column, possibly cut at the left with
    /// "..."); otherwise what is wrong.
    /// </summary>
    public static string? CaretProblem(ArticleFormatException error)
    {
        string[] lines = error.Message.Split('\n');
        if (lines.Length != 3)
        {
            return $"the message has {lines.Length} lines, not 3";
        }

        string number = error.Line.ToString(CultureInfo.InvariantCulture);
        string gutter = " " + number + " | ";
        string caretGutter = new string(' ', number.Length + 1) + " | ";
        if (!lines[1].StartsWith(gutter, StringComparison.Ordinal) || !lines[2].StartsWith(caretGutter, StringComparison.Ordinal))
        {
            return "the line and caret are not under a \" N | \" gutter";
        }

        string shown = lines[1][gutter.Length..];
        string caret = lines[2][caretGutter.Length..];
        int at = caret.Length - 1;
        if (caret.Length == 0 || caret[at] != '^' || caret[..at].Any(c => c != ' '))
        {
            return "the caret line is not spaces and one '^'";
        }

        if (error.LineText is null || error.Column - 1 > error.LineText.Length)
        {
            return "the column is outside the line";
        }

        if (at > shown.Length)
        {
            return $"the caret stands {at - shown.Length} past the shown line";
        }

        string before = EscapeControls(error.LineText[..(error.Column - 1)]);
        string shownBefore = shown[..at];
        bool aligned = shownBefore.StartsWith("...", StringComparison.Ordinal)
            ? before.EndsWith(shownBefore[3..], StringComparison.Ordinal) || before == shownBefore
            : before == shownBefore;
        return aligned ? null : $"the caret is under {Show(shownBefore)}, but the text before column {error.Column} shows as {Show(before)}";
    }

    public static string ShowBytes(byte[] bytes, int max = 400)
        => bytes.Length <= max ? "0x" + Convert.ToHexString(bytes) : "0x" + Convert.ToHexString(bytes, 0, max) + "... (" + bytes.Length + " bytes)";

    /// <summary>A record's members, with lists and ReadOnlyMemory&lt;char&gt; shown by content.</summary>
    public static string Describe(object? value)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return Show(s, 200);
            case ReadOnlyMemory<char> m:
                return Show(m.ToString(), 200);
            case ReadOnlyMemory<byte> b:
                return "utf8 " + ShowBytes(b.ToArray(), 200);
            case ImmutableArray<string> { IsDefault: true }:
                return "default(ImmutableArray<string>)";
            case IEnumerable items:
                var parts = new List<string>();
                foreach (object? item in items)
                {
                    if (parts.Count == 8)
                    {
                        parts.Add("...");
                        break;
                    }

                    parts.Add(Describe(item));
                }

                return "[" + string.Join(", ", parts) + "]";
        }

        Type type = value.GetType();
        if (type.GetCustomAttribute<ArticleLayoutAttribute>() is null)
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?";
        }

        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => p.Name + " = " + Describe(p.GetValue(value)));
        return type.Name + " { " + string.Join(", ", members) + " }";
    }
}
