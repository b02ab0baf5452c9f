using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleGen.Benchmarks;

/// <summary>
/// Baseline A: what a user writes by hand without ArticleGen. Decode the bytes to a string, a
/// <c>[GeneratedRegex]</c> for the header line and for the dateline/lead line, <c>string.Split</c> for the body
/// paragraphs, the photo caption after three blank lines; and a <see cref="StringBuilder"/> to write the story
/// back. Returns the same <see cref="YonhapStory"/> record as the generated parser.
/// </summary>
public static partial class HandWrittenYonhap
{
    [GeneratedRegex(@"^ date (?<date>\d{4}-\d{2}-\d{2})(?: \(ATTN: (?<attn>.*)\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderRegex();

    [GeneratedRegex(@"^(?<city>[^,]+), (?<date>.+?) \((?<agency>[^)]+)\) -- (?<lead>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineLeadRegex();

    public static YonhapStory Parse(ReadOnlySpan<byte> utf8) => Parse(Encoding.UTF8.GetString(utf8));

    public static YonhapStory Parse(string text)
    {
        int headerEnd = text.IndexOf('\n');
        if (headerEnd < 0)
        {
            throw new FormatException("No header line.");
        }

        Match header = HeaderRegex().Match(text, 0, headerEnd);
        if (!header.Success)
        {
            throw new FormatException("Bad header line: " + text[..headerEnd]);
        }

        // Blank line after the header, then everything to the end (without the final line break).
        string rest = text[(headerEnd + 1)..].TrimEnd('\n');
        if (!rest.StartsWith('\n'))
        {
            throw new FormatException("Expected a blank line after the header.");
        }

        rest = rest[1..];

        // The photo caption follows three blank lines.
        string? caption = null;
        int captionAt = rest.IndexOf("\n\n\n\n", StringComparison.Ordinal);
        if (captionAt >= 0)
        {
            caption = rest[(captionAt + 4)..];
            rest = rest[..captionAt];
        }

        string[] paragraphs = rest.Split("\n\n");
        Match dateline = DatelineLeadRegex().Match(paragraphs[0]);
        if (!dateline.Success)
        {
            throw new FormatException("Bad dateline line: " + paragraphs[0]);
        }

        return new YonhapStory(
            DateOnly.ParseExact(header.Groups["date"].ValueSpan, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            header.Groups["attn"].Success ? header.Groups["attn"].Value : null,
            new Dateline(dateline.Groups["city"].Value, dateline.Groups["date"].Value, dateline.Groups["agency"].Value),
            dateline.Groups["lead"].Value,
            paragraphs[1..],
            caption);
    }

    /// <summary>Writes the story with a fresh <see cref="StringBuilder"/>, as a user typically would.</summary>
    public static string Format(YonhapStory s)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $" date {s.Date:yyyy-MM-dd}");
        if (s.Attention is not null)
        {
            sb.Append(" (ATTN: ").Append(s.Attention).Append(')');
        }

        sb.Append("\n\n");
        sb.Append(s.Dateline.City).Append(", ").Append(s.Dateline.Date).Append(" (").Append(s.Dateline.Agency).Append(") -- ");
        sb.Append(s.Lead).Append("\n\n");
        for (int i = 0; i < s.Body.Count; i++)
        {
            if (i > 0)
            {
                sb.Append("\n\n");
            }

            sb.Append(s.Body[i]);
        }

        if (s.PhotoCaption is not null)
        {
            sb.Append("\n\n\n\n").Append(s.PhotoCaption);
        }

        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>The StringBuilder formatter, then <see cref="Encoding.UTF8"/>.GetBytes.</summary>
    public static byte[] FormatUtf8(YonhapStory s) => Encoding.UTF8.GetBytes(Format(s));
}
