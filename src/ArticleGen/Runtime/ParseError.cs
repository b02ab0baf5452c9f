using System;
using System.ComponentModel;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// Where and why a generated parser stopped. Filled in on the failure path only, so a successful parse
    /// never builds a message; <see cref="ToException(ReadOnlySpan{char})"/> turns it into an <see cref="ArticleFormatException"/>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public struct ParseError
    {
        /// <summary>Index in the normalized top-level text where reading stopped.</summary>
        public int Position;

        /// <summary>What was expected: a quoted literal, a member description, "end of text", ...</summary>
        public string? Expected;

        /// <summary>The member being read or just read.</summary>
        public string? Member;

        /// <summary>Words that place <see cref="Expected"/>: "after Dateline", "at the start", ...</summary>
        public string? Context;

        /// <summary>The layout type being matched.</summary>
        public string? LayoutType;

        /// <summary>Start and length (in the normalized text) of the text that failed to convert, or -1.</summary>
        public int FoundStart;

        /// <summary>Length of the text that failed to convert.</summary>
        public int FoundLength;

        /// <summary>A note appended verbatim (used for invalid UTF-8).</summary>
        public string? Note;

        /// <summary>Records a failure and returns false, so generated code can write <c>return error.Fail(...)</c>.</summary>
        public bool Fail(int position, string expected, string? member, string context, string layoutType)
        {
            Position = position;
            Expected = expected;
            Member = member;
            Context = context;
            LayoutType = layoutType;
            FoundStart = -1;
            FoundLength = 0;
            Note = null;
            IsMismatch = false;
            IsInputProblem = false;
            return false;
        }

        /// <summary>Whether this error comes from a verifying scan that split the text differently from the tape.</summary>
        public bool IsMismatch;

        /// <summary>A verifying scan found a different split than the formatter recorded (see <see cref="ParseTape.ForVerification"/>).</summary>
        public bool Mismatch(int position, string member, string layoutType)
        {
            Fail(position, "the text of " + member + " to end where it was written", member, string.Empty, layoutType);
            IsMismatch = true;
            return false;
        }

        /// <summary>
        /// Records input that cannot be read as text at all (invalid UTF-8, a UTF-16 byte order mark): the
        /// message is <paramref name="problem"/> itself, at the place in the decoded text where it stands.
        /// </summary>
        public bool FailInput(int position, string problem, string layoutType)
        {
            Fail(position, "valid UTF-8", null, string.Empty, layoutType);
            Note = problem;
            IsInputProblem = true;
            return false;
        }

        /// <summary>Whether the input itself could not be decoded (see <see cref="FailInput"/>).</summary>
        public bool IsInputProblem;

        /// <summary>Records a value that did not convert to its member type, keeping the offending text's span.</summary>
        public bool FailValue(int position, int length, string expected, string member, string layoutType)
        {
            Fail(position, expected, member, string.Empty, layoutType);
            FoundStart = position;
            FoundLength = length;
            return false;
        }

        /// <summary>
        /// Builds the exception from the normalized UTF-8 a byte scanner read: its positions are byte offsets, turned
        /// here (on the failure path only) into offsets in the decoded text, so that line and column count UTF-16 code
        /// units exactly as they do when the same text is parsed from a string.
        /// </summary>
        public readonly ArticleFormatException ToException(ReadOnlySpan<byte> utf8) => InChars(utf8).ToException(Utf8Text.ToString(utf8).AsSpan());

        /// <summary>This error with its byte offsets in <paramref name="utf8"/> turned into offsets in its decoded text.</summary>
        private readonly ParseError InChars(ReadOnlySpan<byte> utf8)
        {
            ParseError inChars = this;
            inChars.Position = CharOffset(utf8, Position);
            if (FoundStart >= 0)
            {
                inChars.FoundStart = CharOffset(utf8, FoundStart);
                inChars.FoundLength = CharOffset(utf8, FoundStart + FoundLength) - inChars.FoundStart;
            }

            return inChars;
        }

        /// <summary>As <see cref="Summary(ReadOnlySpan{char})"/>, for an error a byte scanner found in <paramref name="utf8"/>: the same words.</summary>
        internal readonly string Summary(ReadOnlySpan<byte> utf8) => InChars(utf8).Summary(Utf8Text.ToString(utf8).AsSpan());

        private static int CharOffset(ReadOnlySpan<byte> utf8, int byteOffset)
            => Utf8Text.ToString(utf8.Slice(0, Math.Min(Math.Max(byteOffset, 0), utf8.Length))).Length;

        /// <summary>Builds the exception, with line, column and the offending line, from the normalized text.</summary>
        public readonly ArticleFormatException ToException(ReadOnlySpan<char> text)
        {
            var message = new System.Text.StringBuilder();
            AppendSummary(message, text, out int line, out int column, out int lineStart, out int lineEnd);
            string lineText = text.Slice(lineStart, lineEnd - lineStart).ToString();
            TextPosition.AppendCaretLine(message, line, column, lineText);
            return new ArticleFormatException(message.ToString(), line, column, Expected ?? string.Empty, Member, LayoutType ?? string.Empty, lineText);
        }

        /// <summary>The first line of <see cref="ToException(ReadOnlySpan{char})"/>'s message, without building the exception.</summary>
        internal readonly string Summary(ReadOnlySpan<char> text)
        {
            var message = new System.Text.StringBuilder(128);
            AppendSummary(message, text, out _, out _, out _, out _);
            return message.ToString();
        }

        private readonly void AppendSummary(System.Text.StringBuilder message, ReadOnlySpan<char> text, out int line, out int column, out int lineStart, out int lineEnd)
        {
            int position = Math.Min(Math.Max(Position, 0), text.Length);
            TextPosition.Locate(text, position, out line, out column, out lineStart, out lineEnd);

            message.Append("Line ").Append(line).Append(", column ").Append(column).Append(": ");
            if (IsInputProblem)
            {
                message.Append(Note).Append(" (reading ").Append(LayoutType).Append(')');
                return;
            }

            message.Append("expected ").Append(Expected);
            if (!string.IsNullOrEmpty(Context))
            {
                message.Append(' ').Append(Context);
            }

            message.Append(" in ").Append(LayoutType);
            if (FoundStart >= 0 && FoundStart + FoundLength <= text.Length)
            {
                message.Append(", found ").Append(TextPosition.Quote(text.Slice(FoundStart, FoundLength), 60));
            }
            else if (position == text.Length)
            {
                message.Append(", but the text ended");
            }

            if (Note is not null)
            {
                message.Append(' ').Append(Note);
            }
        }
    }
}
