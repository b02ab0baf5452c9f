using System.Text;

namespace ArticleGen.Tests.Hostile;

/// <summary>One hostile input: text (checked through the string, span and UTF-8 paths) or raw bytes.</summary>
internal readonly record struct HostileInput(string Kind, string? Text, byte[]? Bytes)
{
    public static HostileInput OfText(string kind, string text) => new(kind, text, null);

    public static HostileInput OfBytes(string kind, byte[] bytes) => new(kind, null, bytes);

    public override string ToString() => Kind + ": " + (Text is not null ? HostileText.Show(Text) : HostileText.ShowBytes(Bytes!));
}

/// <summary>
/// Seeds (the sample stories and one valid text per construct layout) and deterministic mutators: random bytes
/// and strings, flipped bytes and characters, deleted, duplicated and swapped lines, truncation, lone CR, NUL,
/// byte order marks, lone surrogates and invalid UTF-8 sequences.
/// </summary>
internal static class Corpus
{
    /// <summary>One valid text per construct layout, so mutations reach deep into every parser, not only the stories'.</summary>
    public static readonly string[] ConstructSeeds =
    [
        "SEOUL, Oct. 18 (Yonhap)",
        "Byline: Kim Soo-jin / Economy desk",
        "#0042 filed 2024-03-05 14:30 (1,234 words, score 3.5)",
        "long 42\ndecimal 1.5\nbool True\nenum Urgent\ndate 2024-03-05\ntime 14:30:00\noffset 2024-03-05T14:30:00.0000000+09:00\nguid 0f8fad5b-d9cb-469f-a165-70867728950e\nmemory some text\nbyte 7\ncount 3\nend\n",
        "long -1\ndecimal 0\nbool False\nenum Flash\ndate 0001-01-01\ntime 00:00:00\noffset 9999-12-31T23:59:59.9999999+00:00\nguid 00000000-0000-0000-0000-000000000000\nmemory \nbyte 255\nend\n",
        "TAGS\neconomy\nrice\n\nNote on the tags.\n",
        "Corrections:\n- Fixes the spelling\nof a name.\n- Corrects a date.\n-- end\n",
        "scores\n1\n-2\n\nquotes\n> Kim: Hello.\n> Lee: It runs\nacross lines.\n\nkeywords\nrice\nport\n",
        "Kim: Hello (and goodbye).",
        "Rice prices fall\nFor a third month | updated Nov. 2 by Lee.\n\nThe text.\n",
        "Rice prices fall | updated Nov. 2.\n\nThe text.\n",
        "{code} [A-7] {Name}",
        "TITLE: A title\r\n\r\nThe text.\r\n",
        "   The lead runs\nover two lines.\n   The rest.\n",
        "Title\n\nFirst paragraph.\n\nSecond paragraph.\n",
        "title: Rice prices fall\nauthor: \nKim Soo-jin\nLee Min\npublished_at: 2025-12-29\n",
        "title: Rice prices fall\nauthor: \npublished_at: 2025-12-29\n",
        "Harbor reopens\n   The port reopened on Monday\nafter a week.\n   Ships queued outside.\n   kim@example.com\n(END)\n",
        "NOTES 2\n\n- Fixes a name.\n\n- Corrects a date\nin para 3.\n-- by Lee\n",
        "<PLACES>usa, uruguay, south korea</PLACES>\nScores: 3, -1, 12 (final)\n\nThe text.\n",
        "<TOPICS><D>grain</D><D>rice</D></TOPICS>\n<PLACES><D>usa</D></PLACES>\n\nThe text.\n",
        "<DOC>\n<NOTE>Filed late;\nsee the desk.</NOTE>\n<DATELINE>PORTLAND, March 3 -\n    </DATELINE>\n<TEXT>\nThe text\nruns on.\n</TEXT>\n</DOC>\n",
        "WIRE Metro\n>>> STORY harbor-fire\nCrews contain harbor blaze\n\nFire crews worked through the night.\n\nNo injuries.\n>>> BRIEF TRAFFIC: Route 9 reopens.\n>>> Council meets Thursday. (City desk)\n(END)\n",
        "TOP BRIEF FIRE: Pier 4 reopens.\nALSO Markets close higher. (Business desk)\n",
        "BRIEF RAIN: Showers by evening.\n",
    ];

    public static readonly string[] Seeds = [.. Stories.All, .. ConstructSeeds];

    /// <summary>Invalid UTF-8: a bad lead byte, overlong forms, encoded surrogates, beyond U+10FFFF, lone continuation bytes, truncated sequences.</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
        [0xE2, 0x28, 0xA1], [0xC3, 0x28],
    ];

    private static readonly string[] Specials = ["\r", "\0", "\uFEFF", "\uD800", "\uDC00", "\uDBFF\uDBFF", "\t", "\u0085", "\u2028", "\n", "\r\n", "\n\n", " ", "\u001F"];

    /// <summary>
    /// Every prefix of every seed, as text and as UTF-8 bytes (which cuts multi-byte characters in half): the
    /// exhaustive part of the corpus.
    /// </summary>
    public static IEnumerable<HostileInput> Prefixes()
    {
        foreach (string seed in Seeds)
        {
            for (int length = 0; length <= seed.Length; length++)
            {
                yield return HostileInput.OfText("prefix", seed[..length]);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(seed);
            for (int length = 0; length <= bytes.Length; length++)
            {
                yield return HostileInput.OfBytes("utf8 prefix", bytes[..length]);
            }
        }
    }

    /// <summary>The <paramref name="index"/>-th random input of the stream seeded by <paramref name="seed"/>: the same every run.</summary>
    public static HostileInput Random(int seed, long index)
    {
        // HashCode.Combine is randomized per process; a fixed mix keeps the stream the same in every run.
        var random = new Random(Mix(seed, index));
        int kind = random.Next(100);
        return kind switch
        {
            < 6 => HostileInput.OfBytes("random bytes", RandomBytes(random)),
            < 14 => HostileInput.OfText("random text", RandomText(random)),
            < 40 => HostileInput.OfText("mutated text", MutateText(random, PickSeed(random), random.Next(1, 4))),
            < 55 => HostileInput.OfText("line edits", EditLines(random, PickSeed(random))),
            < 72 => HostileInput.OfBytes("mutated bytes", MutateBytes(random, Encoding.UTF8.GetBytes(PickSeed(random)))),
            < 80 => HostileInput.OfBytes("invalid utf8", InsertInvalidUtf8(random, Encoding.UTF8.GetBytes(PickSeed(random)))),
            < 86 => HostileInput.OfText("spliced", Splice(random)),
            < 92 => HostileInput.OfText("truncated", Truncate(random, MutateText(random, PickSeed(random), random.Next(0, 2)))),
            _ => HostileInput.OfText("specials", InsertSpecials(random, PickSeed(random))),
        };
    }

    /// <summary>SplitMix64's finalizer over the seed and index: a well-spread, stable 31-bit seed.</summary>
    private static int Mix(int seed, long index)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)index) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private static string PickSeed(Random random) => Seeds[random.Next(Seeds.Length)];

    private static byte[] RandomBytes(Random random)
    {
        byte[] bytes = new byte[random.Next(0, 65)];
        for (int i = 0; i < bytes.Length; i++)
        {
            int pick = random.Next(10);
            bytes[i] = pick switch
            {
                < 4 => (byte)" \n\r-()_,.:>|#{}[]"[random.Next(17)],
                < 7 => (byte)random.Next(0x20, 0x7F),
                _ => (byte)random.Next(256),
            };
        }

        return bytes;
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        int tokens = random.Next(0, 41);
        for (int i = 0; i < tokens; i++)
        {
            builder.Append(RandomToken(random));
        }

        return builder.ToString();
    }

    private static string RandomToken(Random random) => random.Next(10) switch
    {
        < 4 => HostileGens.Punctuation[random.Next(HostileGens.Punctuation.Length)],
        < 8 => HostileGens.Words[random.Next(HostileGens.Words.Length)],
        8 => Specials[random.Next(Specials.Length)],
        _ => ((char)random.Next(0x10000)).ToString(),
    };

    /// <summary>Replaces, inserts or deletes characters and tokens.</summary>
    public static string MutateText(Random random, string text, int mutations)
    {
        var builder = new StringBuilder(text);
        for (int m = 0; m < mutations; m++)
        {
            int at = random.Next(builder.Length + 1);
            switch (random.Next(5))
            {
                case 0 when builder.Length > 0:
                    builder[Math.Min(at, builder.Length - 1)] = RandomToken(random)[0];
                    break;
                case 1:
                    builder.Insert(at, RandomToken(random));
                    break;
                case 2 when builder.Length > 0:
                    int length = Math.Min(random.Next(1, 12), builder.Length - Math.Min(at, builder.Length - 1));
                    builder.Remove(Math.Min(at, builder.Length - 1), length);
                    break;
                case 3:
                    builder.Insert(at, Specials[random.Next(Specials.Length)]);
                    break;
                default:
                    // Duplicate a short stretch right where it is: repeats a literal ("(END)(END)", " --  -- ").
                    int from = Math.Min(at, builder.Length);
                    int count = Math.Min(random.Next(1, 8), builder.Length - from);
                    builder.Insert(from, builder.ToString(from, count));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Deletes, duplicates, swaps or empties lines; sometimes rejoins them with CRLF.</summary>
    public static string EditLines(Random random, string text)
    {
        var lines = HostileText.NormalizeNewLines(text).Split('\n').ToList();
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits && lines.Count > 0; e++)
        {
            int i = random.Next(lines.Count);
            int j = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[i]); break;
                case 2: (lines[i], lines[j]) = (lines[j], lines[i]); break;
                case 3: lines.Insert(i, string.Empty); break;
                case 4: lines[i] = lines[i] + lines[j]; break;
                default: lines[i] = "   " + lines[i]; break;
            }
        }

        string newLine = random.Next(4) == 0 ? "\r\n" : "\n";
        return string.Join(newLine, lines);
    }

    private static byte[] MutateBytes(Random random, byte[] bytes)
    {
        var list = new List<byte>(bytes);
        int flips = random.Next(1, 4);
        for (int f = 0; f < flips && list.Count > 0; f++)
        {
            int at = random.Next(list.Count);
            switch (random.Next(4))
            {
                case 0: list[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: list[at] = (byte)random.Next(256); break;
                case 2: list.RemoveAt(at); break;
                default: list.Insert(at, (byte)random.Next(256)); break;
            }
        }

        if (random.Next(4) == 0)
        {
            int cut = random.Next(list.Count + 1);
            list.RemoveRange(cut, list.Count - cut);
        }

        return [.. list];
    }

    private static byte[] InsertInvalidUtf8(Random random, byte[] bytes)
    {
        var list = new List<byte>(bytes);
        byte[] bad = InvalidUtf8[random.Next(InvalidUtf8.Length)];
        int where = random.Next(4);
        int at = where switch
        {
            0 => 0,
            1 => list.Count,
            _ => random.Next(list.Count + 1),
        };
        list.InsertRange(at, bad);
        if (random.Next(5) == 0)
        {
            list.InsertRange(0, [0xEF, 0xBB, 0xBF]);
        }

        return [.. list];
    }

    private static string Splice(Random random)
    {
        string a = PickSeed(random);
        string b = PickSeed(random);
        return a[..random.Next(a.Length + 1)] + b[random.Next(b.Length + 1)..];
    }

    private static string Truncate(Random random, string text) => text[..random.Next(text.Length + 1)];

    private static string InsertSpecials(Random random, string text)
    {
        var builder = new StringBuilder(text);
        int count = random.Next(1, 4);
        for (int i = 0; i < count; i++)
        {
            builder.Insert(random.Next(builder.Length + 1), Specials[random.Next(Specials.Length)]);
        }

        return random.Next(6) switch
        {
            0 => "\uFEFF" + builder,
            1 => builder.ToString().Replace("\n", "\r\n", StringComparison.Ordinal),
            2 => builder.ToString().TrimEnd('\n'),
            3 => builder + "\n\n",
            _ => builder.ToString(),
        };
    }
}
