using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Tests;

/// <summary>
/// Messages as people in distress write them (texting style, typos, slang, Spanish from Mexico and Central
/// America, mixed languages), written for these tests, against the real crisis.yaml. Each theory row is one
/// message; the category must be the one expected, and questions about overdoses must not fire.
/// </summary>
public sealed class CrisisExampleTests
{
    private static readonly CrisisDetector Detector = new(TestContent.Catalog.Crisis, TestContent.Catalog.CrisisLexicon);

    [Theory]
    [InlineData("my friend is overdosing")]
    [InlineData("my bf is oding rn")]
    [InlineData("my roommate OD'd and i dont know what to do")]
    [InlineData("i think my brother is overdosing on fent")]
    [InlineData("someone is overdosing in front of me")]
    [InlineData("this guy is overdosing in the bathroom at work")]
    [InlineData("hes not breathing")]
    [InlineData("he's not breathin")]
    [InlineData("her lips are blue")]
    [InlineData("his lips r turning blue")]
    [InlineData("my mom wont wake up")]
    [InlineData("she wont wake up and shes snoring weird")]
    [InlineData("she's snoring weird and I can't wake her")]
    [InlineData("he can barely breathe")]
    [InlineData("i think im overdosing")]
    [InlineData("I took too many")]
    [InlineData("i did too much fent and i feel like im dying")]
    [InlineData("took 2 blues and cant stay awake")]
    [InlineData("my husband is passed out and his face is gray")]
    [InlineData("found my son unresponsive in his room")]
    [InlineData("found my daughter on the floor")]
    [InlineData("my homie fell out at the party")]
    [InlineData("we gave him narcan and he is still not breathing")]
    [InlineData("gave her narcan it isnt working")]
    [InlineData("my gf turned blue after smoking")]
    [InlineData("my dad collapsed after using")]
    [InlineData("HELP my friend is overdosing")]
    [InlineData("my cousin took too many percs")]
    [InlineData("my brother overdosed last year and now he is not breathing again")]
    [InlineData("he is unresponsve")]
    [InlineData("she isnt responding and her skin looks gray")]
    [InlineData("his breathing is really slow and he wont wake up")]
    public void English_overdose_now_is_caught(string text) => AssertCategory("overdose", text);

    [Theory]
    [InlineData("mi amigo no respira")]
    [InlineData("mi hermano tiene una sobredosis")]
    [InlineData("creo que mi novio esta teniendo una sobredosis")]
    [InlineData("mi esposo no despierta")]
    [InlineData("no lo puedo despertar")]
    [InlineData("tiene los labios morados")]
    [InlineData("se puso morado y no reacciona")]
    [InlineData("mi hijo se paso de fenta")]
    [InlineData("me pase con el fentanilo")]
    [InlineData("creo que me pase ayuda")]
    [InlineData("mi prima esta inconsciente")]
    [InlineData("mi carnal se esta muriendo")]
    [InlineData("ayuda mi amiga se esta overdoseando")]
    [InlineData("mi amigo is overdosing")]
    [InlineData("le di narcan y no despierta")]
    [InlineData("no respira bien y ronca raro")]
    [InlineData("mi papa se desmayo y no responde")]
    [InlineData("apenas respira")]
    [InlineData("me tome demasiadas pastillas")]
    [InlineData("mi vecino tiene sobredosis ahorita")]
    public void Spanish_overdose_now_is_caught(string text) => AssertCategory("overdose", text);

    [Theory]
    [InlineData("I want to die")]
    [InlineData("i wanna die")]
    [InlineData("i want to kill myself")]
    [InlineData("im going to end it all tonight")]
    [InlineData("i just want to end things")]
    [InlineData("i want to make it stop for good")]
    [InlineData("i want to go to sleep and not wake up")]
    [InlineData("everyone would be better off without me")]
    [InlineData("there is no reason to live anymore")]
    [InlineData("im gonna use enough to not wake up")]
    [InlineData("i have been thinking about killing myself")]
    [InlineData("im suicidal")]
    [InlineData("kms")]
    [InlineData("i dont want to be here anymore")]
    [InlineData("my sister says she wants to kill herself")]
    [InlineData("my son says he wants to kill himself")]
    [InlineData("my friend told me she wants to die")]
    [InlineData("my boyfriend is suicidal")]
    [InlineData("my daughter tried to kill herself last year and is talking about it again")]
    [InlineData("i cant do this anymore")]
    [InlineData("i want to end my life")]
    [InlineData("i wnat to die")]
    [InlineData("i want to hurt myself")]
    [InlineData("im going to take all my pills")]
    public void English_suicidal_thoughts_are_caught(string text) => AssertCategory("suicide", text);

    [Theory]
    [InlineData("quiero morirme")]
    [InlineData("kiero morirme")]
    [InlineData("me quiero matar")]
    [InlineData("ya no quiero vivir")]
    [InlineData("voy a quitarme la vida")]
    [InlineData("mejor me quito del camino")]
    [InlineData("seria mas facil no estar")]
    [InlineData("sería más fácil no estar aquí")]
    [InlineData("mi hija dice que se quiere suicidar")]
    [InlineData("mi hijo dice que se quiere matar")]
    [InlineData("mi esposo quiere quitarse la vida")]
    [InlineData("ya no puedo mas")]
    [InlineData("todos estarian mejor sin mi")]
    [InlineData("quiero dormir y no despertar")]
    [InlineData("pienso en matarme")]
    [InlineData("me voy a tomar todas las pastillas")]
    [InlineData("no tengo razon para vivir")]
    [InlineData("i want to die ya no aguanto")]
    public void Spanish_suicidal_thoughts_are_caught(string text) => AssertCategory("suicide", text);

    [Theory]
    [InlineData("my toddler swallowed a pill")]
    [InlineData("my baby was chewing on a fentanyl patch")]
    [InlineData("my 2 year old put a pill in his mouth")]
    [InlineData("my kid got into my meds")]
    [InlineData("the baby licked my patch")]
    [InlineData("my son might have eaten one of my oxys")]
    [InlineData("grandma put on two pain patches by mistake")]
    [InlineData("my grandpa accidentally took my pills")]
    [InlineData("my daughter ate a blue pill she found")]
    [InlineData("toddler chewed a fentanyl patch")]
    [InlineData("my 3yo got into grandmas pills")]
    [InlineData("my dad chewed his fentanyl patch")]
    [InlineData("my mom took my medicine by mistake")]
    public void English_poisoning_is_caught(string text) => AssertCategory("poison", text);

    [Theory]
    [InlineData("el bebé se comió una pastilla")]
    [InlineData("mi niño se metió un parche a la boca")]
    [InlineData("mi abuela se puso dos parches por error")]
    [InlineData("mi hija mastico un parche de fentanilo")]
    [InlineData("el nino se trago una pastilla")]
    [InlineData("mi bebe estaba chupando un parche")]
    [InlineData("mi nieto se comio mis pastillas")]
    [InlineData("mi hijo de 2 anos se tomo mi medicina")]
    [InlineData("mi abuelo se tomo mis pastillas por error")]
    [InlineData("la nena encontro pastillas y se comio una")]
    public void Spanish_poisoning_is_caught(string text) => AssertCategory("poison", text);

    [Theory]
    [InlineData("what are the signs of an overdose")]
    [InlineData("how do you know if someone is overdosing")]
    [InlineData("how many people die of overdoses")]
    [InlineData("is 988 only for suicide")]
    [InlineData("poison control number")]
    [InlineData("what is the number for poison control")]
    [InlineData("can you overdose on fentanyl patches")]
    [InlineData("what does naloxone do")]
    [InlineData("where can i get narcan for free")]
    [InlineData("what happens if a child eats a fentanyl patch")]
    [InlineData("why do lips turn blue in an overdose")]
    [InlineData("how much fentanyl is a lethal dose")]
    [InlineData("will i get in trouble for calling 911")]
    [InlineData("is suicide common among people who use drugs")]
    [InlineData("how do i talk to my son about fentanyl")]
    [InlineData("my son uses pills what should i do")]
    [InlineData("my friend wants to quit opioids")]
    [InlineData("lmao im dying")]
    [InlineData("my phone is about to die")]
    [InlineData("I overdosed on candy at halloween haha")]
    [InlineData("this homework is killing me")]
    [InlineData("cuales son las senales de una sobredosis")]
    [InlineData("cuantas personas mueren por sobredosis")]
    [InlineData("donde consigo naloxona")]
    [InlineData("me muero de risa")]
    [InlineData("me mata este calor")]
    [InlineData("mi celular se murió")]
    [InlineData("el 988 es solo para suicidio")]
    [InlineData("que es el fentanilo")]
    [InlineData("como hablo con mi hijo sobre drogas")]
    [InlineData("mi hijo usa pastillas que hago")]
    [InlineData("de donde viene el fentanilo")]
    public void Questions_idioms_and_jokes_are_not_a_crisis(string text)
    {
        var match = Detector.Detect(text);

        Assert.True(match is null, $"'{text}' was taken for a crisis ({match?.Category}: '{Detector.FirstPhraseIn(text)?.Phrase}')");
    }

    [Theory]
    [InlineData("my uncle overdosed in 2021 and died, how many people die each year", "my uncle is overdosing right now")]
    [InlineData("my son overdosed last year but survived", "my son overdosed and is not breathing")]
    [InlineData("I overdosed twice in the past, can I get narcan for free", "i think im overdosing")]
    [InlineData("my brother overdosed years ago, is it genetic", "my brother overdosed tonight")]
    [InlineData("mi hija tuvo una sobredosis el año pasado", "mi hija tuvo una sobredosis ahorita")]
    [InlineData("mi hermano tuvo una sobredosis hace dos años", "mi hermano tuvo una sobredosis y no respira")]
    [InlineData("mi tio se murio en 2019 de sobredosis", "creo que mi tio se murio")]
    public void An_overdose_placed_in_the_past_does_not_fire_unless_danger_is_now(string past, string now)
    {
        Assert.Null(Detector.Detect(past));
        Assert.Equal("overdose", Detector.Detect(now)?.Category);
    }

    [Theory]
    [InlineData("i tried to kill myself last year and i want to die again")]
    [InlineData("hace dos años quise matarme y otra vez quiero morir")]
    [InlineData("my toddler swallowed a pill last night")]
    public void Suicide_and_poison_are_never_guarded_by_time(string text)
    {
        Assert.NotNull(Detector.Detect(text));
    }

    /// <summary>Data/crisis-messages.txt: one message a line, "category|text", where the category is overdose, suicide, pet, poison, any (any emergency) or none.</summary>
    public static TheoryData<string, string> Messages() =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "crisis-messages.txt"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('|', 2))
            .Select(parts => (parts[0], parts[1]))];

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_written_message_gets_its_category(string expected, string text)
    {
        var match = Detector.Detect(text);

        switch (expected)
        {
            case "none":
                Assert.True(match is null, $"'{text}' was taken for a crisis ({match?.Category}: '{Detector.FirstPhraseIn(text)?.Phrase}')");
                break;
            case "any":
                Assert.True(match is not null, $"'{text}' was not detected as a crisis");
                break;
            default:
                AssertCategory(expected, text);
                break;
        }
    }

    [Theory]
    [InlineData("what if my son overdoses", "my son overdosed right now")]
    [InlineData("im scared my brother will overdose", "my brother is overdosing")]
    [InlineData("what do i do in case my friend ods", "my friend od right now")]
    [InlineData("que hago por si mi hijo tiene una sobredosis", "mi hijo tiene una sobredosis")]
    [InlineData("me da miedo que mi hermano tenga una sobredosis", "mi hermano tiene una sobredosis ahorita")]
    public void A_feared_overdose_does_not_fire_unless_danger_is_now(string feared, string now)
    {
        Assert.Null(Detector.Detect(feared));
        Assert.Equal("overdose", Detector.Detect(now)?.Category);
    }

    private static void AssertCategory(string expected, string text)
    {
        var match = Detector.Detect(text);

        Assert.True(match is not null, $"'{text}' was not detected as a crisis");
        Assert.Equal(expected, match.Category);
    }
}
