using System.Text;

namespace AiWatch.Core.Generation;

/// <summary>
/// Sentences assembled from parts (subject, agreeing verb, object, optional circumstance before or after), so a
/// corpus of thousands of articles does not keep repeating the same lines: there are hundreds of thousands of
/// combinations where the fixed pools have a few dozen sentences. The organisation subjects are the story's own.
/// </summary>
public sealed class ClauseWriter(Random random, SentenceFiller filler, ClauseData parts)
{
    public string Write()
    {
        string subject, verb, target;
        if (random.Next(10) < 3)
        {
            subject = filler.Fill(random.Next(2) == 0 ? "{A}" : "{B}");
            verb = random.Pick(parts.SingularVerbs);
            target = filler.Fill(random.Pick(parts.OwnObjects), capitalise: false);
        }
        else
        {
            subject = filler.Fill(random.Pick(parts.PluralSubjects), capitalise: false);
            verb = random.Pick(parts.PluralVerbs);
            target = filler.Fill(random.Pick(parts.Objects), capitalise: false);
        }
        var circumstance = random.Next(10) < 7 ? filler.Fill(random.Pick(parts.Circumstances), capitalise: false) : null;
        var sentence = new StringBuilder(160);
        if (circumstance is not null && random.Next(10) < 4)
        {
            sentence.Append(circumstance).Append(", ").Append(subject);
        }
        else
        {
            sentence.Append(subject);
            circumstance = circumstance is null ? null : " " + circumstance;
        }
        sentence.Append(' ').Append(verb).Append(' ').Append(target);
        if (circumstance is not null && circumstance[0] == ' ')
        {
            sentence.Append(circumstance);
        }
        sentence.Append('.');
        foreach (var (from, to) in parts.Contractions)
        {
            sentence.Replace(" " + from, " " + to);
        }
        return SentenceFiller.Capitalised(sentence.ToString());
    }
}
