package attribution

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/commentariat/commentariat/pipeline"
)

// want is one expected statement: its kind, content, canonical speaker
// name (empty for none) and cue.
type want struct {
	kind, content, speaker, cue string
}

func TestPatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"said after quote", `"The budget will pass in May," said Marta Olsen.`,
			[]want{{pipeline.Direct, "The budget will pass in May,", "Marta Olsen", "said"}}},
		{"name said after quote", `“We will not raise taxes,” Pavel Orlov said.`,
			[]want{{pipeline.Direct, "We will not raise taxes,", "Pavel Orlov", "said"}}},
		{"guillemets", `«The border stays open,» said Aliya Serikova.`,
			[]want{{pipeline.Direct, "The border stays open,", "Aliya Serikova", "said"}}},
		{"colon before quote", `Dana Ivers said: "The vote was fair and the count was quick."`,
			[]want{{pipeline.Direct, "The vote was fair and the count was quick.", "Dana Ivers", "said"}}},
		{"according to", `According to Erlan Bekov, the reform will take five years.`,
			[]want{{pipeline.Indirect, "the reform will take five years.", "Erlan Bekov", "according to"}}},
		{"according to after", `The reform will take five years, according to Erlan Bekov.`,
			[]want{{pipeline.Indirect, "The reform will take five years", "Erlan Bekov", "according to"}}},
		{"according to inside a reported clause reports what follows it", `The IMF said that, according to data provided by the Liberians, the country's GDP rose by 2% in 2004.`,
			[]want{{pipeline.Indirect, "according to data provided by the Liberians, the country's GDP rose by 2% in 2004.", "IMF", "said"}}},
		{"according to a source a participle describes", `Prices rose sharply in March, according to a poll released last week.`,
			[]want{{pipeline.Indirect, "Prices rose sharply in March", "", "according to"}}},
		{"believes that", `Analyst Rosa Lind believes that turnout will fall.`,
			[]want{{pipeline.Indirect, "turnout will fall.", "Rosa Lind", "believes"}}},
		{"expressed the hope", `Omar Haddad expressed the hope that talks will resume soon.`,
			[]want{{pipeline.Indirect, "talks will resume soon.", "Omar Haddad", "expressed"}}},
		{"postposed said", `The plan is too expensive for small towns, Greta Holm said.`,
			[]want{{pipeline.Indirect, "The plan is too expensive for small towns", "Greta Holm", "said"}}},
		{"inverted said", `The plan is too expensive for small towns, said Greta Holm.`,
			[]want{{pipeline.Indirect, "The plan is too expensive for small towns", "Greta Holm", "said"}}},
		{"apposition role", `Ivan Petrov, director of the Centre for Policy Studies, said that prices will rise.`,
			[]want{{pipeline.Indirect, "prices will rise.", "Ivan Petrov", "said"}}},
		{"no cue, scare quote", `The so-called "reset" of the party began last year.`, nil},
		{"passive is not a cue", `It was noted that the hall was full.`, nil},
		{"what X says", `Nobody knows what Lena Berg says about the plan.`, nil},
		{"descriptor resolves", "Kamila Nurova, a sociologist, said that young people rarely vote.\n\n\"They do not trust parties,\" the expert added.",
			[]want{
				{pipeline.Indirect, "young people rarely vote.", "Kamila Nurova", "said"},
				{pipeline.Direct, "They do not trust parties,", "Kamila Nurova", "added"},
			}},
		{"pronoun resolves", "Tom Reyes said the mayor would resign.\n\n\"It is only a matter of time,\" he said.",
			[]want{
				{pipeline.Indirect, "the mayor would resign.", "Tom Reyes", "said"},
				{pipeline.Direct, "It is only a matter of time,", "Tom Reyes", "said"},
			}},
		{"pronoun before any speaker", "Maria Lenz arrived late at the hearing.\n\n\"We were stuck in traffic for an hour,\" she said.",
			[]want{{pipeline.Direct, "We were stuck in traffic for an hour,", "Maria Lenz", "said"}}},
		{"interrupted quote", `"Prices rose," said Ana Pike, "and wages did not."`,
			[]want{
				{pipeline.Direct, "Prices rose,", "Ana Pike", "said"},
				{pipeline.Direct, "and wages did not.", "Ana Pike", "said"},
			}},
		{"said that with a quoted phrase", `Leo Hart said that the plan was "dead on arrival" in the Senate.`,
			[]want{{pipeline.Indirect, "the plan was \"dead on arrival\" in the Senate.", "Leo Hart", "said"}}},
		{"introduced quote carries speaker", "Economist Mira Sol said, in turn, that growth will slow.\n\n\"Exports are down and credit is tight this year.\"",
			[]want{
				{pipeline.Indirect, "growth will slow.", "Mira Sol", "said"},
				{pipeline.Direct, "Exports are down and credit is tight this year.", "Mira Sol", "said"},
			}},
		{"quote over two paragraphs", "\"The first part of the speech was long.\n\n\"The second part was short,\" said Joe Quill.",
			[]want{{pipeline.Direct, "The first part of the speech was long.\n\n\"The second part was short,", "Joe Quill", "said"}}},
		{"transliteration variants", "Arman Tazhibayev said the court is independent.\n\n\"We trust it,\" Tazhibaev said.",
			[]want{
				{pipeline.Indirect, "the court is independent.", "Arman Tazhibayev", "said"},
				{pipeline.Direct, "We trust it,", "Arman Tazhibayev", "said"},
			}},
		{"dash signature", `"Voting is a habit, not an event." — Nell Carter`,
			[]want{{pipeline.Direct, "Voting is a habit, not an event.", "Nell Carter", "—"}}},
		{"existential there", `Party chairman Matt Toller said there needed to be a fair system.`,
			[]want{{pipeline.Indirect, "there needed to be a fair system.", "Matt Toller", "said"}}},
		{"role word before name", `Tory MP Peter Lane said the bill was a mistake.`,
			[]want{{pipeline.Indirect, "the bill was a mistake.", "Peter Lane", "said"}}},
		{"time phrase after name", `Labour chairman Ian Ward last year said the party was ready.`,
			[]want{{pipeline.Indirect, "the party was ready.", "Ian Ward", "said"}}},
		{"role word starts a company name", `General Motors Corp said its output fell in March.`,
			[]want{{pipeline.Indirect, "its output fell in March.", "General Motors Corp", "said"}}},
		{"possessor of a name is no part of it", `Labour's Ken Livingstone said the plan would cost too much.`,
			[]want{{pipeline.Indirect, "the plan would cost too much.", "Ken Livingstone", "said"}}},
		{"possessive inside a company's name", `Moody's Investors Service Inc said it may downgrade the bonds.`,
			[]want{{pipeline.Indirect, "it may downgrade the bonds.", "Moody's Investors Service Inc", "said"}}},
		{"the company refers back to the firm quoted", "Acme Widget Corp said it acquired the unit for cash.\n\nThe company said the deal would close in May.",
			[]want{
				{pipeline.Indirect, "it acquired the unit for cash.", "Acme Widget Corp", "said"},
				{pipeline.Indirect, "the deal would close in May.", "Acme Widget Corp", "said"},
			}},
		{"the bank refers back to a bank named before", "Deutsche Bank raised its forecast on Monday.\n\nThe bank said growth would slow next year.",
			[]want{{pipeline.Indirect, "growth would slow next year.", "Deutsche Bank", "said"}}},
		{"the company is no person", "John Smith said rates would rise soon.\n\nThe company said growth would slow next year.",
			[]want{
				{pipeline.Indirect, "rates would rise soon.", "John Smith", "said"},
				{pipeline.Indirect, "growth would slow next year.", "", "said"},
			}},
		{"a one-word name called the company is the company's", "Oracle said it would cut about 5,000 jobs.\n\nThe company said it would keep most engineers.",
			[]want{
				{pipeline.Indirect, "it would cut about 5,000 jobs.", "Oracle", "said"},
				{pipeline.Indirect, "it would keep most engineers.", "Oracle", "said"},
			}},
		{"a descriptor naming an institution refers back only to its people", "James Baker said the dollar was too low.\n\nThe Bank of Japan official said rates would stay.",
			[]want{
				{pipeline.Indirect, "the dollar was too low.", "James Baker", "said"},
				{pipeline.Indirect, "rates would stay.", "", "said"},
			}},
		{"a descriptor naming the speaker's institution refers back", "James Baker, the Treasury Secretary, said the dollar was too low.\n\nThe Treasury official said rates would stay.",
			[]want{
				{pipeline.Indirect, "the dollar was too low.", "James Baker", "said"},
				{pipeline.Indirect, "rates would stay.", "James Baker", "said"},
			}},
		{"a person of an institution", `Laura Brownlees of Save the Children said there were grave concerns.`,
			[]want{{pipeline.Indirect, "there were grave concerns.", "Laura Brownlees", "said"}}},
		{"a person of the institution", `Ann Lee of the Institute for Fiscal Studies said there were grave concerns.`,
			[]want{{pipeline.Indirect, "there were grave concerns.", "Ann Lee", "said"}}},
		{"an institution named X of the Y", `Friends of the Earth said there were grave concerns.`,
			[]want{{pipeline.Indirect, "there were grave concerns.", "Friends of the Earth", "said"}}},
		{"an unnamed group", "John Smith said the plan would fail.\n\nPolice said the man was arrested at his home.\n\nThe police said he was released.",
			[]want{
				{pipeline.Indirect, "the plan would fail.", "John Smith", "said"},
				{pipeline.Indirect, "the man was arrested at his home.", "", "said"},
				{pipeline.Indirect, "he was released.", "", "said"},
			}},
		{"a knight by the given name", "Sir Richard Branson said the show was fun.\n\n\"It is a great format,\" Sir Richard said.",
			[]want{
				{pipeline.Indirect, "the show was fun.", "Sir Richard Branson", "said"},
				{pipeline.Direct, "It is a great format,", "Sir Richard Branson", "said"},
			}},
		{"coordinated verb of asking", `Ann Moss criticised the plan and urged voters to reject it in the spring.`,
			[]want{
				{pipeline.Indirect, "the plan", "Ann Moss", "criticised"},
				{pipeline.Indirect, "voters to reject it in the spring.", "Ann Moss", "urged"},
			}},
		{"coordinated verb of calling for, tagged a participle", `Ann Moss criticised the bank and called for compensation to be clawed back from executives.`,
			[]want{
				{pipeline.Indirect, "the bank", "Ann Moss", "criticised"},
				{pipeline.Indirect, "compensation to be clawed back from executives.", "Ann Moss", "called"},
			}},
		{"a name the tagger reads as a wh-word", `Warren called the behavior outrageous and urged regulators to act against the bank.`,
			[]want{{pipeline.Indirect, "regulators to act against the bank.", "Warren", "urged"}}},
		{"a quotation in the predicate before a coordinated cue", `Ann Moss also attacked the government's "failure" to control immigration and criticised its record on the NHS.`,
			[]want{
				{pipeline.Indirect, `the government's "failure" to control immigration`, "Ann Moss", "attacked"},
				{pipeline.Indirect, "its record on the NHS.", "Ann Moss", "criticised"},
			}},
		{"a name between angle brackets", "&lt;Bower industries Inc> said it changed its name to Metalclad Corp.",
			[]want{{pipeline.Indirect, "it changed its name to Metalclad Corp.", "Bower industries Inc", "said"}}},
		{"a stock symbol after the name", "Boeing Co <BA> said its orders rose in the quarter.",
			[]want{{pipeline.Indirect, "its orders rose in the quarter.", "Boeing Co", "said"}}},
		{"company form Co", `Harlan Tool Co said it acquired the unit for cash.`,
			[]want{{pipeline.Indirect, "it acquired the unit for cash.", "Harlan Tool Co", "said"}}},
		{"role word inside a company name", `Corran Energy Partners Ltd said it may omit the payout.`,
			[]want{{pipeline.Indirect, "it may omit the payout.", "Corran Energy Partners Ltd", "said"}}},
		{"partners' firm with a comma", `Birch, Tallow and Co said it raised its stake in the firm.`,
			[]want{{pipeline.Indirect, "it raised its stake in the firm.", "Birch, Tallow and Co", "said"}}},
		{"apposition without its closing comma", `Amy Cole, analyst at Dunmore, Hale and Co said prices would fall.`,
			[]want{{pipeline.Indirect, "prices would fall.", "Amy Cole", "said"}}},
		{"title before of is no part of an institution", `Director of the Institute of Economic Studies Aida Bekova said the reform will fail.`,
			[]want{{pipeline.Indirect, "the reform will fail.", "Aida Bekova", "said"}}},
		{"table row is no statement", "Ships waiting:\nDue: 27    35\nNorth End: 13 hrs      15 hrs", nil},
		{"a possessive right before the verb ends a firm's name", `Moody's said downgrades led upgrades last quarter by two to one.`,
			[]want{{pipeline.Indirect, "downgrades led upgrades last quarter by two to one.", "Moody's", "said"}}},
		{"an ampersand joins one name", `Earlier this month, accountancy firm Ernst & Young said that the forecasts were too optimistic. The broker Marsh & McLennan said it would pay $850m.`,
			[]want{
				{pipeline.Indirect, "the forecasts were too optimistic.", "Ernst & Young", "said"},
				{pipeline.Indirect, "it would pay $850m.", "Marsh & McLennan", "said"},
			}},
		{"an ampersand inside an institution's name", `The Securities & Exchange Commission said the rules were applied wrongly.`,
			[]want{{pipeline.Indirect, "the rules were applied wrongly.", "Securities & Exchange Commission", "said"}}},
		{"a possessive ends a firm's name after according to", `According to Standard & Poor's, the average value rose. The index fell sharply, according to Moody's. According to Ann Lee's report, prices will fall again.`,
			[]want{
				{pipeline.Indirect, "the average value rose.", "Standard & Poor's", "according to"},
				{pipeline.Indirect, "The index fell sharply", "Moody's", "according to"},
				{pipeline.Indirect, "prices will fall again.", "", "according to"},
			}},
		{"a verb in -s read as a plural noun", `The company said the new bus offers processing power up to three times the old one.`,
			[]want{{pipeline.Indirect, "the new bus offers processing power up to three times the old one.", "", "said"}}},
		{"one of a group", "Dealers were cautious. \"The economy is looking okay,\" one said.",
			[]want{{pipeline.Direct, "The economy is looking okay,", "", "said"}}},
		{"no one said is no statement", `No one said the reform would be easy.`, nil},
		{"a firm's initials", `S and P said the rating was cut.`,
			[]want{{pipeline.Indirect, "the rating was cut.", "S and P", "said"}}},
		{"a name at a firm", `Louis Marckesano at Janney Montgomery Scott said the outlook is good.`,
			[]want{{pipeline.Indirect, "the outlook is good.", "Louis Marckesano", "said"}}},
		{"a heading of common words is no name", "Subs Not Used: Rice, Todd, Ampadu, Clay.", nil},
		{"capitalised common noun is no name", `Critics said the deal was too expensive.`,
			[]want{{pipeline.Indirect, "the deal was too expensive.", "", "said"}}},
		{"company tagged as a plural noun", `Siemens said the deal was too expensive.`,
			[]want{{pipeline.Indirect, "the deal was too expensive.", "Siemens", "said"}}},
		{"common word the document uses as a name", "Vice President Mike Pence spoke.\n\nPence said the deal was too expensive.",
			[]want{{pipeline.Indirect, "the deal was too expensive.", "Mike Pence", "said"}}},
		{"common word inside a longer name is still no name", "Ann Lee, co-chairman of the International Swap Dealers Association, spoke.\n\nDealers said the deal was too expensive.",
			[]want{{pipeline.Indirect, "the deal was too expensive.", "", "said"}}},
		{"common word before a firm's legal form is its name", "A.H. Robins Co filed a plan.\n\nRobins said the deal was too expensive.",
			[]want{{pipeline.Indirect, "the deal was too expensive.", "Robins", "said"}}},
		{"capitalised quantifier is no name", `Many said the deal was too expensive.`,
			[]want{{pipeline.Indirect, "the deal was too expensive.", "", "said"}}},
		{"plural role is no name", `MPs said the deal was too expensive.`,
			[]want{{pipeline.Indirect, "the deal was too expensive.", "", "said"}}},
		{"pronoun with a contraction", "Ann Lee spoke.\n\n\"We were right,\" I'd say.",
			[]want{{pipeline.Direct, "We were right,", "Ann Lee", "say"}}},
		{"possessive inside a company name", `Moody's Investors Service Inc said it may downgrade the company.`,
			[]want{{pipeline.Indirect, "it may downgrade the company.", "Moody's Investors Service Inc", "said"}}},
		{"name of the form X of Y", `The Bank of England said it had provided help to the market.`,
			[]want{{pipeline.Indirect, "it had provided help to the market.", "Bank of England", "said"}}},
		{"name after an office of the form X of the Y", `Chancellor of the Exchequer Nigel Lawson said taxes would fall.`,
			[]want{{pipeline.Indirect, "taxes would fall.", "Nigel Lawson", "said"}}},
		{"institution of a two-word place", `The Federal Reserve Bank of New York said bank reserves fell last week.`,
			[]want{{pipeline.Indirect, "bank reserves fell last week.", "Federal Reserve Bank of New York", "said"}}},
		{"called with a quote", `Senator Amy Dole called the bill "a gift to lobbyists."`,
			[]want{{pipeline.Indirect, "the bill \"a gift to lobbyists.\"", "Amy Dole", "called"}}},
		{"called without a quote", `Senator Amy Dole called the meeting to order.`, nil},
		{"a participle in the phrase before that", `Ronald Reagan said during a nationally televised news conference that the plan would work.`,
			[]want{{pipeline.Indirect, "the plan would work.", "Ronald Reagan", "said"}}},
		{"an existential there after a phrase", `Ann Gomes said in the statement there have been no problems.`,
			[]want{{pipeline.Indirect, "there have been no problems.", "Ann Gomes", "said"}}},
		{"an as phrase before the clause", `United Airlines said as a promotion it will offer a bonus.`,
			[]want{{pipeline.Indirect, "it will offer a bonus.", "United Airlines", "said"}}},
		{"not an as clause's subject", `The shadow chancellor said as the Tory Party spring conference began.`, nil},
		{"which said after an institution", `The recommendations came from the Low Pay Commission, which said the number of jobs had continued to grow.`,
			[]want{{pipeline.Indirect, "the number of jobs had continued to grow.", "Low Pay Commission", "said"}}},
		{"which said after no institution", `The plan came from the report, which said the number of jobs had grown.`, nil},
		{"a relative clause's statement ends before the main one", `Paul Bilzerian, who said he may seek control of Pay 'n Pak Stores Inc, said he raised his stake in the company.`,
			[]want{{pipeline.Indirect, "he may seek control of Pay 'n Pak Stores Inc", "Paul Bilzerian", "said"}, {pipeline.Indirect, "he raised his stake in the company.", "Paul Bilzerian", "said"}}},
		{"an aside with a phrasal verb's participle", `SSMC, spun off from the Singer Co a year ago, said that the division sells parts.`,
			[]want{{pipeline.Indirect, "the division sells parts.", "SSMC", "said"}}},
		{"an aside of a phrase of place or time", `Dilson Funaro, currently on an international tour to seek governmental support for his efforts to solve the crisis, said creditors are willing to help.`,
			[]want{{pipeline.Indirect, "creditors are willing to help.", "Dilson Funaro", "said"}}},
		{"an aside with an infinitive of purpose", `John Whipple, here to attend the Geneva Auto Show, said that the unit sold a record 1.5 million vehicles.`,
			[]want{{pipeline.Indirect, "the unit sold a record 1.5 million vehicles.", "John Whipple", "said"}}},
		{"straight mark closed by a curly one", `"Immunity deals should not be required,” Jason Chaffetz said.`,
			[]want{{pipeline.Direct, "Immunity deals should not be required,", "Jason Chaffetz", "said"}}},
		{"initial and apposition", `"We have done our part," Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.`,
			[]want{{pipeline.Direct, "We have done our part,", "Vann R. Newkirk II", "said"}}},
		{"inner quotation closing the quote", `"I dislike the term 'outreach,' " Bobby Scott told the group.`,
			[]want{{pipeline.Direct, "I dislike the term 'outreach,'", "Bobby Scott", "told"}}},
		{"party and state before a time word", `"The veto will be overridden," Mitch McConnell, R-Ky., said Tuesday.`,
			[]want{{pipeline.Direct, "The veto will be overridden,", "Mitch McConnell", "said"}}},
		{"asked after a question", `"Does anybody know the plan?" Lindsey Graham asked.`,
			[]want{{pipeline.Direct, "Does anybody know the plan?", "Lindsey Graham", "asked"}}},
		{"lead before an embedded quote", `With thousands of counting systems, “there is no single point of failure,” Jeh Johnson said.`,
			[]want{
				{pipeline.Indirect, "With thousands of counting systems", "Jeh Johnson", "said"},
				{pipeline.Direct, "there is no single point of failure,", "Jeh Johnson", "said"},
			}},
		{"quote inside a that clause", `Bernie Sanders acknowledged that there are still "some people" who feel that way, "but not among the vast majority."`,
			[]want{{pipeline.Indirect, `there are still "some people" who feel that way, "but not among the vast majority."`, "Bernie Sanders", "acknowledged"}}},
		{"parenthetical cue", `The difference now, Ed Schultz told reporters on Friday, is that he anchors a news show.`,
			[]want{
				{pipeline.Indirect, "The difference now", "Ed Schultz", "told"},
				{pipeline.Indirect, "is that he anchors a news show.", "Ed Schultz", "told"},
			}},
		{"noun cue", `Critics rejected Donald Trump's claim that the election was rigged.`,
			[]want{{pipeline.Indirect, "the election was rigged.", "Donald Trump", "claim"}}},
		{"what X called", `She was taken to hospital after what Mara Lenz called a “rant,” a series of posts.`,
			[]want{{pipeline.Indirect, "what Mara Lenz called a “rant,”", "Mara Lenz", "called"}}},
		{"urged to", `Senator Amy Dole urged voters to stay home on election day.`,
			[]want{{pipeline.Indirect, "voters to stay home on election day.", "Amy Dole", "urged"}}},
		{"label ends at an adjunct", `Chris Christie described Hillary Clinton as a “disgrace” after she blamed police shootings on “implicit bias” against minorities.`,
			[]want{{pipeline.Indirect, "Hillary Clinton as a “disgrace”", "Chris Christie", "described"}}},
		{"quoting verbs", `Michael Howard dismissed the Budget as "vote now, pay later" spending. Ronan O'Gara hailed the victory as a "special" win.`,
			[]want{
				{pipeline.Indirect, `the Budget as "vote now, pay later" spending.`, "Michael Howard", "dismissed"},
				{pipeline.Indirect, `the victory as a "special" win.`, "Ronan O'Gara", "hailed"},
			}},
		{"a quoting verb's participle reports only quotations", `Women's tennis had a poor year, dismissing the fact that she could still win.`, nil},
		{"relative clause after an apposition", `Obama met McConnell, now the Senate majority leader, who in 2010 said the party's goal was to make Obama a "one-term president."`,
			[]want{{pipeline.Indirect, `the party's goal was to make Obama a "one-term president."`, "McConnell", "said"}}},
		{"cue opening the next line of wrapped prose", "Prices rose sharply in the first quarter of the year.\n    \"There are no pronounced pressures at the retail level,\"\nsaid William Sullivan of Dean Witter Reynolds Inc.",
			[]want{{pipeline.Direct, "There are no pronounced pressures at the retail level,", "William Sullivan", "said"}}},
		{"what a speaker spoke of", `"I think it muddies an already muddy situation," said Baker of the offer.`,
			[]want{{pipeline.Direct, "I think it muddies an already muddy situation,", "Baker", "said"}}},
		{"postposed subjects with places, participles and joined nouns", "Soviet herds are in better shape than expected, the U.S. agriculture counselor in Moscow said.\n\n" +
			"The dollar would fall further, energy and mines minister Javier Espinosa Teran said.\n\nThe dollar would fall further, managing board chairman Armin Schram said.",
			[]want{
				{pipeline.Indirect, "Soviet herds are in better shape than expected", "", "said"},
				{pipeline.Indirect, "The dollar would fall further", "Javier Espinosa Teran", "said"},
				{pipeline.Indirect, "The dollar would fall further", "Armin Schram", "said"},
			}},
		{"name before a postposed description", "The economy will slow, Howard Archer, economist at Global Insight said.\n\nRates will rise, an SEC official in Washington said.",
			[]want{
				{pipeline.Indirect, "The economy will slow", "Howard Archer", "said"},
				{pipeline.Indirect, "Rates will rise", "", "said"},
			}},
		{"sports titles", "Leicester won again on Saturday afternoon at home.\n\n\"I think it is fantastic for Ollie,\" Tigers coach John Wells told Reuters.\n\n" +
			"\"We will keep going,\" hunt master, Captain Ian Farquhar, said.",
			[]want{
				{pipeline.Direct, "I think it is fantastic for Ollie,", "John Wells", "told"},
				{pipeline.Direct, "We will keep going,", "Ian Farquhar", "said"},
			}},
		{"adverbials after the cue", "Coopervision chairman Parker Montgomery said, as previously announced, he will listen to any bid.\n\n" +
			"Officials said afterwards the three men had reaffirmed their commitment.\n\nUSAir said earlier today that it asked the DOT to dismiss it.\n\n" +
			"Mr Livingstone said this week he would not apologise.\n\nSteve Gallagher said yesterday's figures were decent numbers.",
			[]want{
				{pipeline.Indirect, "he will listen to any bid.", "Parker Montgomery", "said"},
				{pipeline.Indirect, "the three men had reaffirmed their commitment.", "", "said"},
				{pipeline.Indirect, "it asked the DOT to dismiss it.", "USAir", "said"},
				{pipeline.Indirect, "he would not apologise.", "Mr Livingstone", "said"},
				{pipeline.Indirect, "yesterday's figures were decent numbers.", "Steve Gallagher", "said"},
			}},
		{"audiences and clauses", "Pope John Paul, starting a tour of Argentina, told politicians they should defend human rights.\n\n" +
			"Van Liemt would not speculate on a price, but said his company had raised its dividend.\n\nLocal fans say that's what has done it.",
			[]want{
				{pipeline.Indirect, "they should defend human rights.", "Pope John Paul", "told"},
				{pipeline.Indirect, "his company had raised its dividend.", "Van Liemt", "said"},
				{pipeline.Indirect, "that's what has done it.", "", "say"},
			}},
		{"brackets inside names and two phrases after a head", "The coupon has been set at three pct, lead manager Nikko Securities Co (Europe) Ltd said.\n\n" +
			"A spokesman at Airbus headquarters in Toulouse said in an interview: \"We have no knowledge of talks.\"",
			[]want{
				{pipeline.Indirect, "The coupon has been set at three pct", "Nikko Securities Co (Europe) Ltd", "said"},
				{pipeline.Direct, "We have no knowledge of talks.", "", "said"},
			}},
		{"subjects with phrases, tails and a left-out comma", "Jenkins said the higher volumes for gilts reflected the volatility of markets.\n\n" +
			"John Kaiser told securities analysts business in the current quarter is good.\n\n" +
			"Imports totalled 224,000 tonnes, dealers said without giving further details.\n\n" +
			"\"Show me an operator that believes in voice and I will write its obituary\" said Niel Ransom.\n\n" +
			"He said the three month increase in inflation was due to energy prices.",
			[]want{
				{pipeline.Indirect, "the higher volumes for gilts reflected the volatility of markets.", "Jenkins", "said"},
				{pipeline.Indirect, "business in the current quarter is good.", "John Kaiser", "told"},
				{pipeline.Indirect, "Imports totalled 224,000 tonnes", "", "said"},
				{pipeline.Direct, "Show me an operator that believes in voice and I will write its obituary", "Niel Ransom", "said"},
				{pipeline.Indirect, "the three month increase in inflation was due to energy prices.", "Niel Ransom", "said"},
			}},
		{"audiences and described sources", "He told clients the stock market is more receptive now to chemical companies.\n\n" +
			"The president told a military parade there was no border tension.\n\n" +
			"Shell said earnings at its oil products segment plunged by 53 mln dlrs.\n\n" +
			"The talks have ended, a source close to the Philippine delegation said.",
			[]want{
				{pipeline.Indirect, "the stock market is more receptive now to chemical companies.", "", "told"},
				{pipeline.Indirect, "there was no border tension.", "", "told"},
				{pipeline.Indirect, "earnings at its oil products segment plunged by 53 mln dlrs.", "Shell", "said"},
				{pipeline.Indirect, "The talks have ended", "", "said"},
			}},
		{"coordinated cues, names after audiences, phrases before the clause", "The FDIC sold shares last year and has said it intends to sell the rest.\n\n" +
			"He told Reuters Brazil was not planning to modify its position.\n\n" +
			"Sources within the party told the BBC Mr Howard had always favoured ID cards.\n\n" +
			"The company said in March 1986, sales were helped by Easter shopping.\n\n" +
			"The teacher said that was the only contact he had.\n\n" +
			"Farmers responded to price rises announced in February, the minister added.",
			[]want{
				{pipeline.Indirect, "it intends to sell the rest.", "FDIC", "said"},
				{pipeline.Indirect, "Brazil was not planning to modify its position.", "", "told"},
				{pipeline.Indirect, "Mr Howard had always favoured ID cards.", "", "told"},
				{pipeline.Indirect, "sales were helped by Easter shopping.", "", "said"},
				{pipeline.Indirect, "that was the only contact he had.", "", "said"},
				{pipeline.Indirect, "Farmers responded to price rises announced in February", "", "added"},
			}},
		{"tagger slips, asides and directives", "The company says it no longer tolerates such practices.\n\n" +
			"\"My hip was cramping,\" said the 34-year-old.\n\n" +
			"Henson himself says he is relishing the media hype.\n\n" +
			"But Deutsche Bank - itself a target of a lawsuit - said documents had been backdated.\n\n" +
			"The system could mature in the same way, said Sun's chief operating officer Jonathan Schwartz.\n\n" +
			"He told aspiring young film-makers in the audience not to ignore other routes.\n\n" +
			"Engering warned of more to come.",
			[]want{
				{pipeline.Indirect, "it no longer tolerates such practices.", "", "says"},
				{pipeline.Direct, "My hip was cramping,", "", "said"},
				{pipeline.Indirect, "he is relishing the media hype.", "Henson", "says"},
				{pipeline.Indirect, "documents had been backdated.", "Deutsche Bank", "said"},
				{pipeline.Indirect, "The system could mature in the same way", "Jonathan Schwartz", "said"},
				{pipeline.Indirect, "aspiring young film-makers in the audience not to ignore other routes.", "Jonathan Schwartz", "told"},
			}},
		{"no directive across two noun phrases", "He told Reuters proposals to reduce the quota to 25 pct of the world share were unacceptable.\n\n" +
			"Michael Howard told Japan to resolve the row over Cable and Wireless.",
			// (the first is a clause after the audience, not a directive)
			[]want{{pipeline.Indirect, "proposals to reduce the quota to 25 pct of the world share were unacceptable.", "", "told"},
				{pipeline.Indirect, "Japan to resolve the row over Cable and Wireless.", "Michael Howard", "told"}}},
		{"asides, quantities and inverted cues inside a sentence", "Belden Energy Co, a master limited partnership, said it entered into an agreement.\n\n" +
			"France's leading farmers' union, the FNSEA, said it is worried about the talks.\n\n" +
			"Greyhound Lines said, on its first day under new management, it slashed fares on its routes.\n\n" +
			"The company said as previously announced, it will use proceeds to finance an offer.\n\n" +
			"Scocozza said most of the recent mergers involved airlines in difficulty.\n\n" +
			"At that point, says Dr Tuffy, games could become interactive movies.\n\n" +
			"Taiwan's ambassador in Montevideo, Henry Wang, told reporters the talks were over.",
			[]want{
				{pipeline.Indirect, "it entered into an agreement.", "Belden Energy Co", "said"},
				{pipeline.Indirect, "it is worried about the talks.", "FNSEA", "said"},
				{pipeline.Indirect, "it slashed fares on its routes.", "Greyhound Lines", "said"},
				{pipeline.Indirect, "it will use proceeds to finance an offer.", "", "said"},
				{pipeline.Indirect, "most of the recent mergers involved airlines in difficulty.", "Scocozza", "said"},
				{pipeline.Indirect, "games could become interactive movies.", "Dr Tuffy", "says"},
				{pipeline.Indirect, "the talks were over.", "Henry Wang", "told"},
			}},
		{"capitalised titles, shares of those polled, gerunds in tails", "The new President, Viktor Yushchenko, has said a list of companies is being drawn up.\n\n" +
			"In the survey, 47% said they supported the legislation.\n\n" +
			"It would outlaw age discrimination, he told a conference on ageing.",
			[]want{
				{pipeline.Indirect, "a list of companies is being drawn up.", "Viktor Yushchenko", "said"},
				{pipeline.Indirect, "they supported the legislation.", "", "said"},
				{pipeline.Indirect, "It would outlaw age discrimination", "Viktor Yushchenko", "told"},
			}},
		{"a quotation after a coordinated cue", "She urges her husband to come out of the car and repeatedly says, \"Don't you do it,\" until gunshots are heard.\n\n" +
			"Pestillo said GM's sales rose in February and added, \"I think sales will get better in the spring.\"",
			[]want{
				{pipeline.Indirect, "her husband to come out of the car", "", "urges"},
				{pipeline.Direct, "Don't you do it,", "", "says"},
				{pipeline.Indirect, "GM's sales rose in February", "Pestillo", "said"},
				{pipeline.Direct, "I think sales will get better in the spring.", "Pestillo", "added"},
			}},
		{"a participle after a quotation and its cue", "“Immunity deals should not be a requirement for cooperating with the FBI,\" Oversight Chairman Jason Chaffetz said in a statement, adding that the agreements were handed out \"like candy.\"",
			[]want{
				{pipeline.Direct, "Immunity deals should not be a requirement for cooperating with the FBI,", "Jason Chaffetz", "said"},
				{pipeline.Indirect, "the agreements were handed out \"like candy.\"", "Jason Chaffetz", "adding"},
			}},
		{"a participle after an inverted cue", "\"It's pretty clear that they've suffered a severe setback,\" said Anthony Sebok, a professor at Brooklyn Law School, adding that the appeal was what the government needed.",
			[]want{
				{pipeline.Direct, "It's pretty clear that they've suffered a severe setback,", "Anthony Sebok", "said"},
				{pipeline.Indirect, "the appeal was what the government needed.", "Anthony Sebok", "adding"},
			}},
		{"second clause with its own subject", `The International Monetary Fund announced that it is lowering its forecast, and the downgrade is casting a shadow on the outlook.`,
			[]want{{pipeline.Indirect, "it is lowering its forecast", "International Monetary Fund", "announced"}}},
		{"no carry over another subject", "\"Prices will rise,\" Mike Pence said.\n\nOn Sunday, Bernie Sanders criticised the plan at length.\n\n\"The young are sick and tired of it.\"",
			// the quotation goes on from the criticism, not from Pence
			[]want{
				{pipeline.Direct, "Prices will rise,", "Mike Pence", "said"},
				{pipeline.Indirect, "the plan at length.", "Bernie Sanders", "criticised"},
				{pipeline.Direct, "The young are sick and tired of it.", "Bernie Sanders", "criticised"},
			}},
		{"no carry over a sentence about someone else", "\"Prices will rise,\" Mike Pence said.\n\nOn Sunday, Bernie Sanders visited the plant in Ohio.\n\n\"The young are sick and tired of it.\"",
			[]want{{pipeline.Direct, "Prices will rise,", "Mike Pence", "said"}}},
		{"dash after a no-break space", "“Voting is a habit, not an event.”\u00a0― Jacklyn Ashley",
			[]want{{pipeline.Direct, "Voting is a habit, not an event.", "Jacklyn Ashley", "―"}}},
		{"editorial label", `Correction: An earlier version of this article misstated the date of the vote.`, nil},
		{"continuation after a postposed cue", `Mills "got an immunity agreement," Jim Jordan said, and still "got to sit in on the interview."`,
			[]want{
				{pipeline.Indirect, `Mills "got an immunity agreement,"`, "Jim Jordan", "said"},
				{pipeline.Indirect, `still "got to sit in on the interview."`, "Jim Jordan", "said"},
			}},
		{"discourse adverbial", `Harry Reid, in particular, said that the plan would fail in the Senate.`,
			[]want{{pipeline.Indirect, "the plan would fail in the Senate.", "Harry Reid", "said"}}},
		{"headline cue", "Trump Could Address Clean Energy, Lindsey Graham Says.\n\nThe senator spoke on Thursday.",
			[]want{{pipeline.Indirect, "Trump Could Address Clean Energy", "Lindsey Graham", "says"}}},
		{"gerund after a preposition", `Ann Moss appeared on MSNBC and began by saying she would "never" diagnose anyone on television.`,
			[]want{{pipeline.Indirect, `she would "never" diagnose anyone on television.`, "Ann Moss", "saying"}}},
		{"descriptor with a place", `Fiat will stop making the engines, unions at the Italian carmaker have said.`,
			[]want{{pipeline.Indirect, "Fiat will stop making the engines", "", "said"}}},
		{"descriptor with an author", `The sale failed for a catalogue of errors, a report by the finance watchdog says.`,
			[]want{{pipeline.Indirect, "The sale failed for a catalogue of errors", "", "says"}}},
		{"coordinated groups", `An earthquake caused damage in the north, officials and seismologists said.`,
			[]want{{pipeline.Indirect, "An earthquake caused damage in the north", "", "said"}}},
		{"acronym in apposition", `The economy is in excellent condition, the Organisation for Economic Cooperation and Development, OECD, said.`,
			[]want{{pipeline.Indirect, "The economy is in excellent condition", "Organisation for Economic Cooperation and Development", "said"}}},
		{"said here", `Domestic demand will make no contribution to growth, Treasurer Paul Keating said here.`,
			[]want{{pipeline.Indirect, "Domestic demand will make no contribution to growth", "Paul Keating", "said"}}},
		{"told a chamber on a day", `The four Britons will be home within weeks, Jack Straw told the Commons on Tuesday.`,
			[]want{{pipeline.Indirect, "The four Britons will be home within weeks", "Jack Straw", "told"}}},
		{"has said and a participle-tagged verb", `Yangtze Electric Power, the operator of the dam, has said its profits more than doubled in 2004.`,
			[]want{{pipeline.Indirect, "its profits more than doubled in 2004.", "Yangtze Electric Power", "said"}}},
		{"told a court", `The former chief never made accounting decisions, a witness has told jurors.`,
			[]want{{pipeline.Indirect, "The former chief never made accounting decisions", "", "told"}}},
		{"participle read as a past tense", `American Express Co &lt;AXP>, rumoured to be considering a spinoff, said it is studying ways to raise capital.`,
			[]want{{pipeline.Indirect, "it is studying ways to raise capital.", "American Express Co", "said"}}},
		{"apposition with a phrase", `Daewoo Motor Corp, the Korea-based joint venture between Daewoo Group and General Motors Corp, said it will boost its imports.`,
			[]want{{pipeline.Indirect, "it will boost its imports.", "Daewoo Motor Corp", "said"}}},
		{"semi-modal read as a noun", `He said the Fund's procedures for surveillance need to be reviewed.`,
			[]want{{pipeline.Indirect, "the Fund's procedures for surveillance need to be reviewed.", "", "said"}}},
		{"apposition without an article", `Paul Resch, economic attache for the embassy, told Reuters that Germany had become the biggest lender.`,
			[]want{{pipeline.Indirect, "Germany had become the biggest lender.", "Paul Resch", "told"}}},
		{"but said", `AOL backed the price cuts but said regulation was still needed.`,
			[]want{{pipeline.Indirect, "regulation was still needed.", "AOL", "said"}}},
		{"subordinate clause first", `The IEA said while Saudi production stayed below its quota, actual sales might exceed output.`,
			[]want{{pipeline.Indirect, "while Saudi production stayed below its quota, actual sales might exceed output.", "IEA", "said"}}},
		{"occasion between commas", `Pierre Dumont, in an interview with Reuters on March 11, said the kingdom wanted stable prices.`,
			[]want{{pipeline.Indirect, "the kingdom wanted stable prices.", "Pierre Dumont", "said"}}},
		{"participle before a noun", `By contrast, Slifer said imported goods prices rose 11.8 pct.`,
			[]want{{pipeline.Indirect, "imported goods prices rose 11.8 pct.", "Slifer", "said"}}},
		{"a year before the clause", `The paper said in 1985 a farmer could earn three times more per hectare.`,
			[]want{{pipeline.Indirect, "a farmer could earn three times more per hectare.", "", "said"}}},
		{"descriptor and said", `A senior ministry official welcomed the scheme and said it may encourage new lending.`,
			[]want{{pipeline.Indirect, "it may encourage new lending.", "", "said"}}},
		{"a role for a surname", `Fiona Deans, associate director of AADC, said the compression was good.`,
			[]want{{pipeline.Indirect, "the compression was good.", "Fiona Deans", "said"}}},
		{"time between subject and verb", `The Fed in February said it would no longer target the money supply.`,
			[]want{{pipeline.Indirect, "it would no longer target the money supply.", "Fed", "said"}}},
		{"adverb after the audience", `He told reporters later that the drop in the market was not due to fears of a trade war.`,
			[]want{{pipeline.Indirect, "the drop in the market was not due to fears of a trade war.", "", "told"}}},
		{"institution for an audience", `Lindner last week told the Securities and Exchange Commission he may bid for Taft.`,
			[]want{{pipeline.Indirect, "he may bid for Taft.", "Lindner", "told"}}},
		{"idiom before the clause", `Miller said at present people can only guess how much insurance is in use.`,
			[]want{{pipeline.Indirect, "people can only guess how much insurance is in use.", "Miller", "said"}}},
		{"despite first", `Yulo said despite a higher production target, some mills were expected to shut down.`,
			[]want{{pipeline.Indirect, "despite a higher production target, some mills were expected to shut down.", "Yulo", "said"}}},
		{"May is a name", `"The deal is good for Britain," Theresa May said.`,
			[]want{{pipeline.Direct, "The deal is good for Britain,", "Theresa May", "said"}}},
		{"speaker on a wrapped line", "The deal would also have given Fujitsu 14 additional\nmicrochip production facilities worldwide, eight of them in the\nU.S., A report by the Capel firm said.\n" +
			"    \"It was an entry point, a port for semiconductors and a\nmarketing channel for other things,\" said Barclays de Zoete Wedd\nanalyst Rick May.\n" +
			"    Several analysts said the purchase would not have given\nFujitsu access to critical defence technology.\n",
			[]want{{pipeline.Indirect, "The deal would also have given Fujitsu 14 additional\nmicrochip production facilities worldwide, eight of them in the\nU.S.", "", "said"},
				{pipeline.Direct, "It was an entry point, a port for semiconductors and a\nmarketing channel for other things,", "Rick May", "said"},
				{pipeline.Indirect, "the purchase would not have given\nFujitsu access to critical defence technology.", "", "said"}}},
		{"cue with an adverbial inside the content", `These employees, Stumpf explained earlier in the committee hearing, were well paid.`,
			[]want{{pipeline.Indirect, "These employees", "Stumpf", "explained"}, {pipeline.Indirect, "were well paid.", "Stumpf", "explained"}}},
		{"wrapped lines", "Banks in West Germany may soon follow the lead of British banks in\nwriting down their loans to developing countries, bankers said.\n" +
			"    The move would reduce the profits the banks report this year but\nwould leave them better placed to deal with the debt crisis, which\nhas dragged on for more than four years, the bankers said.\n" +
			"    Brian Kissack, president of the Foreign Banks Association,\ntold Reuters, \"It's not a positive sign for the market as a whole.\"\n" +
			"    \"Now we have a market that can compete with London,\" said Thomas\nBradley of Richardson Greenshields of Canada Ltd.\n\"Clearly, it can go head-to-head with any market in the world.\"\n" +
			"    U.S. banks have half the seats on the committee while holding a\nthird of the debt, he said, adding \"This is not fair to the others.\"\n",
			[]want{
				{pipeline.Indirect, "Banks in West Germany may soon follow the lead of British banks in\nwriting down their loans to developing countries", "", "said"},
				{pipeline.Indirect, "The move would reduce the profits the banks report this year but\nwould leave them better placed to deal with the debt crisis, which\nhas dragged on for more than four years", "", "said"},
				{pipeline.Direct, "It's not a positive sign for the market as a whole.", "Brian Kissack", "told"},
				{pipeline.Direct, "Now we have a market that can compete with London,", "Thomas Bradley", "said"},
				{pipeline.Direct, "Clearly, it can go head-to-head with any market in the world.", "Thomas Bradley", "said"},
				{pipeline.Indirect, "U.S. banks have half the seats on the committee while holding a\nthird of the debt", "Thomas Bradley", "said"},
				{pipeline.Direct, "This is not fair to the others.", "Thomas Bradley", "adding"},
			}},
		{"a quotation ending a reported clause", `Commerce Minister Mohammad Abdul Munim said Bangladesh feared a further drop in prices for jute, "which will certainly affect our export earnings" in the coming year.`,
			[]want{{pipeline.Indirect, `Bangladesh feared a further drop in prices for jute, "which will certainly affect our export earnings" in the coming year.`, "Mohammad Abdul Munim", "said"}}},
		{"a comment clause before a quotation", `But as State Treasurer Ann Richards said last Thursday, "The decision turns the heat down on the pressure cooker."`,
			[]want{{pipeline.Direct, "The decision turns the heat down on the pressure cooker.", "Ann Richards", "said"}}},
		{"a participle's phrase before the subject is not reported", `Speaking to the Heritage Foundation, Robert Heller said, "A broad commodity price index may be worth exploring."`,
			[]want{{pipeline.Direct, "A broad commodity price index may be worth exploring.", "Robert Heller", "said"}}},
		{"an aside in the reported subject", `But he said other countries, such as Japan and West Germany, also needed to take greater steps toward reducing their surpluses.`,
			[]want{{pipeline.Indirect, "other countries, such as Japan and West Germany, also needed to take greater steps toward reducing their surpluses.", "", "said"}}},
		{"an aside after an audience", `But he told MPs the Lord Chancellor, Lord Falconer, was insisting he should have the final say in such cases.`,
			[]want{{pipeline.Indirect, "the Lord Chancellor, Lord Falconer, was insisting he should have the final say in such cases.", "", "told"}}},
		{"an aside after a phrase and a possessive", `Wisconsin Public Service Corp said in its annual report the company's five-year construction program, 1987 through 1991, is projected at 330 mln dlrs.`,
			[]want{{pipeline.Indirect, "the company's five-year construction program, 1987 through 1991, is projected at 330 mln dlrs.", "Wisconsin Public Service Corp", "said"}}},
		{"a firm's comma is no aside", `Primerica, which changed its name in April from American Can Co, said Smith Barney, Harris Upham and Co Inc, wholly owned by Smith Barney Inc, will add more than 100 mln dlrs to its earnings.`,
			[]want{{pipeline.Indirect, "Smith Barney, Harris Upham and Co Inc, wholly owned by Smith Barney Inc, will add more than 100 mln dlrs to its earnings.", "Primerica", "said"}}},
		{"an attribution is not what a verb before it reports", `In January, the capital account, combining long and short-term flows, showed a surplus of 2.27 billion marks, the Bundesbank said.`,
			[]want{{pipeline.Indirect, "In January, the capital account, combining long and short-term flows, showed a surplus of 2.27 billion marks", "Bundesbank", "said"}}},
		{"a verb in -s read as a plural noun", `Acme Corp raised its rates. It said its indenture for convertible subordinated debt limits stock purchases to 50 pct of net earnings.`,
			[]want{{pipeline.Indirect, "its indenture for convertible subordinated debt limits stock purchases to 50 pct of net earnings.", "Acme Corp", "said"}}},
		{"here after an audience", `Willy De Clercq arrived in Geneva. He told reporters here the EC would not bow to pressure to reach an early agreement.`,
			[]want{{pipeline.Indirect, "the EC would not bow to pressure to reach an early agreement.", "Willy De Clercq", "told"}}},
		{"the person a source quotes speaks", `The company quoted Boyd Jefferies as saying, "I fully accept sole responsibility for these transactions." The Post quoted a source close to Reagan as saying the White House expected Poindexter to testify.`,
			[]want{
				{pipeline.Direct, "I fully accept sole responsibility for these transactions.", "Boyd Jefferies", "saying"},
				{pipeline.Indirect, "the White House expected Poindexter to testify.", "", "saying"},
			}},
		{"a quoted person after the quotation", `"We're not particularly worried about the application," the NRC quoted the official as saying.`,
			[]want{{pipeline.Direct, "We're not particularly worried about the application,", "", "saying"}}},
		{"quoted in the passive", `Japanese Prime Minister Yasuhiro Nakasone was quoted by Kyodo News Service as saying he was watching the stock market.`,
			[]want{{pipeline.Indirect, "he was watching the stock market.", "Yasuhiro Nakasone", "saying"}}},
		{"a verb of saying after a light verb", `The minister took to the radio to accuse the opposition of being "reckless" with public money. He went on to say: "We will not give in."`,
			[]want{
				{pipeline.Indirect, `the opposition of being "reckless" with public money.`, "", "accuse"},
				{pipeline.Direct, "We will not give in.", "", "say"},
			}},
		{"a past tense the tagger read as a participle", `The professor compared the mayor to a coach who is "working the referees" in hopes of a better call.`,
			[]want{{pipeline.Indirect, `the mayor to a coach who is "working the referees" in hopes of a better call.`, "", "compared"}}},
		{"a participle's aside in the reported subject", `Analysts said the budget, featuring income tax cuts as well as cautious plans for public finances, had improved the chances of re-election.`,
			[]want{{pipeline.Indirect, "the budget, featuring income tax cuts as well as cautious plans for public finances, had improved the chances of re-election.", "", "said"}}},
		{"an audience and a participle used as a preposition before that", `He told reporters following the release of the company's figures that spending would also remain at 1986 levels.`,
			[]want{{pipeline.Indirect, "spending would also remain at 1986 levels.", "", "told"}}},
		{"an aside before a verb in -s read as a plural noun", `Government officials said the program, estimated to cost 36 billion pesos, aims to distribute 9.7 mln hectares of land.`,
			[]want{{pipeline.Indirect, "the program, estimated to cost 36 billion pesos, aims to distribute 9.7 mln hectares of land.", "", "said"}}},
		{"a participle inside an apposition's noun phrase", `Fourth National, a bank holding company with about 500 mln dlrs in assets, said in a statement that it will continue to operate its four subsidiaries.`,
			[]want{{pipeline.Indirect, "it will continue to operate its four subsidiaries.", "Fourth National", "said"}}},
		{"an inverted cue and a titled name, comma left out", `Already there are games on the market that have educational elements said Mr Owen.`,
			[]want{{pipeline.Indirect, "Already there are games on the market that have educational elements", "Mr Owen", "said"}}},
		{"a phrase of time and a long subject", `Defense Secretary Caspar Weinberger said on Saturday the attack on a U.S.-flagged ship in Kuwaiti waters on Friday was almost certainly by an Iranian missile.`,
			[]want{{pipeline.Indirect, "the attack on a U.S.-flagged ship in Kuwaiti waters on Friday was almost certainly by an Iranian missile.", "Caspar Weinberger", "said"}}},
		{"adverbial before the cue", `In addition, Acme said on Monday, the unit will be sold.`,
			[]want{{pipeline.Indirect, "the unit will be sold.", "Acme", "said"}}},
		{"phrase for content", `Under existing law, Congress agreed.`, nil},
		{"a legal form alone names nobody", `The plan for the merger failed, Ltd said.`,
			[]want{{pipeline.Indirect, "The plan for the merger failed", "", "said"}}},
		{"subject with a reduced relative", `A Government Accountability Office report released last year found that the agency could not be sure of the money.`,
			// An indefinite descriptor names no speaker (the verb's
			// subject is the report, not "released last year").
			[]want{{pipeline.Indirect, "the agency could not be sure of the money.", "", "found"}}},
		{"a relative on the clause's subject", `Ann Lee said the segment of the pipeline that was damaged was underground.`,
			[]want{{pipeline.Indirect, "the segment of the pipeline that was damaged was underground.", "Ann Lee", "said"}}},
		{"a relative after the object of a verb that takes none", `Ann Lee said the typical used car that changed hands in 1986 was newer.`,
			[]want{{pipeline.Indirect, "the typical used car that changed hands in 1986 was newer.", "Ann Lee", "said"}}},
		{"a relative on a noun, verb in -s", `Ann Lee said an 8087 coprocessor that runs at eight MHz is available.`,
			[]want{{pipeline.Indirect, "an 8087 coprocessor that runs at eight MHz is available.", "Ann Lee", "said"}}},
		{"a relative on an object names no content", `Security firms are warning about several phone viruses that can spread much faster than similar bugs.`, nil},
		{"that after a phrase opens the clause", `Ann Lee said after the opening session that prospects for an agreement were improving.`,
			[]want{{pipeline.Indirect, "prospects for an agreement were improving.", "Ann Lee", "said"}}},
		{"a name after that is no verb", `Steve Jobs told the delegates at MacWorld that iPod already had a 65% market share.`,
			[]want{{pipeline.Indirect, "iPod already had a 65% market share.", "Steve Jobs", "told"}}},
		{"a participle after that is no verb", `Ann Lee told Reuters that planned job cuts would be higher than announced.`,
			[]want{{pipeline.Indirect, "planned job cuts would be higher than announced.", "Ann Lee", "told"}}},
		{"that is the subject after an audience", `Ann Lee told reporters that was not good enough.`,
			[]want{{pipeline.Indirect, "that was not good enough.", "Ann Lee", "told"}}},
		{"denied reports that", `Ann Lee denied reports that she had resigned from the board.`,
			[]want{{pipeline.Indirect, "she had resigned from the board.", "Ann Lee", "denied"}}},
		{"a manner adverb after the cue", `Ann Lee said privately that the plan would fail.`,
			[]want{{pipeline.Indirect, "the plan would fail.", "Ann Lee", "said"}}},
		{"a manner adverb before a bare clause", `Ann Lee said repeatedly the plan would fail.`,
			[]want{{pipeline.Indirect, "the plan would fail.", "Ann Lee", "said"}}},
		{"an adverb that premodifies the clause's subject", `Acme Corp said wholly owned Acme Leasing sold 100 mln dlrs of debt.`,
			[]want{{pipeline.Indirect, "wholly owned Acme Leasing sold 100 mln dlrs of debt.", "Acme Corp", "said"}}},
		{"the sentence's verb ends a noun's clause", `Ann Lee's claim that Mexico will pay for the wall drew laughs.`,
			[]want{{pipeline.Indirect, "Mexico will pay for the wall", "Ann Lee", "claim"}}},
		{"call for and a noun phrase", `Trump called for a ban on imports from China.`,
			[]want{{pipeline.Indirect, "a ban on imports from China.", "Trump", "called"}}},
		{"warn of and a noun phrase", `Ann Lee warned of a surge in violence before the vote.`,
			[]want{{pipeline.Indirect, "a surge in violence before the vote.", "Ann Lee", "warned"}}},
		{"a demand's object", `Democrats demanded his resignation over the scandal.`,
			[]want{{pipeline.Indirect, "his resignation over the scandal.", "Democrats", "demanded"}}},
		{"a promise's object", `Trump promised lower taxes for the middle class.`,
			[]want{{pipeline.Indirect, "lower taxes for the middle class.", "Trump", "promised"}}},
		{"what a criticism is about", `The UN condemned the attack on the embassy.`,
			[]want{{pipeline.Indirect, "the attack on the embassy.", "UN", "condemned"}}},
		{"a gerund of saying ends the object", `President Reagan criticized the budget by saying the Democratic plan was just business as usual.`,
			[]want{
				{pipeline.Indirect, "the budget", "Reagan", "criticized"},
				{pipeline.Indirect, "the Democratic plan was just business as usual.", "Reagan", "saying"},
			}},
		{"is no statement what may be proposed", `Critics asked how a son of immigrants can propose asylum quotas.`, nil},
		{"a clause after the object is the writer's", `Ann Lee promised lower taxes, but she has also raised the duty on fuel.`,
			[]want{{pipeline.Indirect, "lower taxes", "Ann Lee", "promised"}}},
		{"is no object that runs into a name's clause", `Blair pledges unity to Labour MPs Tony Blair has sought to reassure Labour backbenchers.`, nil},
		{"is no statement what a document calls for", `The agreement calls for a payment of 2 mln dlrs to Inkey.`, nil},
		{"is no statement a meeting called for a date", `Shareholders will vote at an extraordinary meeting called for April 27.`, nil},
		{"another cue ends the phrase", `Collins calls for Chambers return World 100m champion Kim Collins says Dwain Chambers should be allowed to compete.`,
			[]want{
				{pipeline.Indirect, "Chambers return", "Kim Collins", "calls"},
				{pipeline.Indirect, "Dwain Chambers should be allowed to compete.", "Kim Collins", "says"},
			}},
		{"is no statement what could be said", `By lowering prices, the USDA could encourage farmers to sell their corn.`, nil},
		{"is no statement what someone would not say", `Neither Genentech nor the FDA would confirm that a second review had been set.`, nil},
		{"what will be said is", `The campaigners will say the government did not consider new airports.`,
			[]want{{pipeline.Indirect, "the government did not consider new airports.", "", "say"}}},
		{"what the first person would say is", `I would say that the plan is a mistake.`,
			[]want{{pipeline.Indirect, "the plan is a mistake.", "", "say"}}},
		{"people named by what they give to", `Aid donors to Indonesia said they would give 3 billion dlrs next year.`,
			[]want{{pipeline.Indirect, "they would give 3 billion dlrs next year.", "", "said"}}},
		{"wondered whether", `Ann Lee has repeatedly wondered whether the moderators will be fair to her.`,
			[]want{{pipeline.Indirect, "whether the moderators will be fair to her.", "Ann Lee", "wondered"}}},
		{"its claim that", `The commission was ridiculed for its prediction that prices would double by May.`,
			[]want{{pipeline.Indirect, "prices would double by May.", "", "prediction"}}},
		{"a quotation in a relative clause is its head's", `They turned to the Chicago Police Department which reported “2,521 shooting incidents” in the city.`,
			[]want{{pipeline.Indirect, "“2,521 shooting incidents” in the city.", "Chicago Police Department", "reported"}}},
		{"not a relative clause whose verb says nothing", `Ann Lee thanked the voters who came for "a triumph for the town."`,
			[]want{{pipeline.Indirect, "the voters who came for \"a triumph for the town.\"", "Ann Lee", "thanked"}}},
		{"a verb group casts its object as the quoted words", `Senate leader Harry Reid has been steadily pounding Trump as a “con artist” for weeks.`,
			[]want{{pipeline.Indirect, "Trump as a “con artist” for weeks.", "Harry Reid", "pounding"}}},
		{"a progressive casts its object as the quoted words", `Harry Reid is attacking Trump as a “con artist.”`,
			[]want{{pipeline.Indirect, "Trump as a “con artist.”", "Harry Reid", "attacking"}}},
		{"a verb group quoting a label is no statement", `Hutton is providing a 279 mln dlr "bridge" loan that would later be replaced.`, nil},
		{"not an as in another verb's clause", `The Commission is facing two challenges, one from IATA, which has attacked the package as a "bad piece of legislation".`, nil},
		{"an object and a time, then the writer's clause", `Watsonville declared bankruptcy last week and the cannery was taken over by Norcal.`, nil},
		{"is no object before months joined", `Ann Lee noted the surplus for January and February together was lower.`,
			[]want{{pipeline.Indirect, "the surplus for January and February together was lower.", "Ann Lee", "noted"}}},
		{"a transcript's line", `KAINE: Well, the senator is wrong about that and I am right.`,
			[]want{{pipeline.Indirect, "Well, the senator is wrong about that and I am right.", "KAINE", ":"}}},
		{"a headline's quotation ends at its closing mark", `Goldsmith: 'I was not leant on' The attorney general has again denied being leant on.`,
			[]want{{pipeline.Indirect, "'I was not leant on'", "Goldsmith", ":"}}},
		{"is no statement a team's line-up", `Everton: Martyn, Hibbert, Yobo, Stubbs, Naysmith.`, nil},
		{"is no statement a title's second part", `GoldenEye: Rogue Agent is out now in the shops.`, nil},
		{"is no statement a headline that names its subject again", `Arthur Hailey: King of the bestsellers Novelist Arthur Hailey, who has died, was known for his books.`, nil},
		{"is no statement a line of capitals", `SAO PAULO STATE: PRESIDENTE PRUDENTE 0.6 MM, VOTUPORANGA 12.0 MM.`, nil},
		{"is no statement a heading in capitals", `RAINFALL IN MINAS GERAIS STATE: GUAXUPE 33.0 MILLIMETRES, TRES PONTAS 5.0 MM.`, nil},
		{"is no statement a label and a number", `Att: 47,111 Ref: S Bennett (Kent).`, nil},
		{"a firm whose name opens with a digit", `3Com Corp said it filed a registration statement for the offering.`,
			[]want{{pipeline.Indirect, "it filed a registration statement for the offering.", "3Com Corp", "said"}}},
		{"a firm's name with a word in lower case before its legal form", `K mart Corp said its board approved a 17.6 pct increase in the dividend.`,
			[]want{{pipeline.Indirect, "its board approved a 17.6 pct increase in the dividend.", "K mart Corp", "said"}}},
		{"a writer for a publication", `"The impact of the debate is still small," wrote Cameron Easley for Morning Consult.`,
			[]want{{pipeline.Direct, "The impact of the debate is still small,", "Cameron Easley", "wrote"}}},
		{"a clause joined to a cue after a comma and its report", `Even China, Pyongyang's only ally and its lifeline to the world, said it was "resolutely opposed" to the test and warned North Korea to refrain from further tests.`,
			[]want{
				{pipeline.Indirect, `it was "resolutely opposed" to the test`, "China", "said"},
				{pipeline.Indirect, "North Korea to refrain from further tests.", "China", "warned"},
			}},
		{"an audience whose noun a name modifies", `Hawke told a Sydney radio station the deficit may turn out at four billion dollars.`,
			[]want{{pipeline.Indirect, "the deficit may turn out at four billion dollars.", "Hawke", "told"}}},
		{"an audience of a plural possessive", `Armin Dassler told the annual shareholders' meeting parent company turnover was expected to fall.`,
			[]want{{pipeline.Indirect, "parent company turnover was expected to fall.", "Armin Dassler", "told"}}},
		{"is no audience the clause's subject", `Ann Lee told the BBC prices would fall sharply this year.`,
			[]want{{pipeline.Indirect, "prices would fall sharply this year.", "Ann Lee", "told"}}},
		{"is no statement an auxiliary's predicate", `It did not quantify what might constitute a "dominant" holding in the firm.`, nil},
		{"is no statement a name a participle gives", `The result is a work in progress called "ipodder". Coders are refining it.`, nil},
		{"is no statement a name given after a place", `It introduced a new service from Europe called "Quick Call USA."`, nil},
		{"a verb of naming with its subject quotes", `A union spokesman called "premature" a press report that the union picked Ford.`,
			[]want{{pipeline.Indirect, `"premature"`, "", "called"}}},
		{"a verb of naming in a relative clause quotes", `He quit over remarks about Arabs, who he called "suicide bombers".`,
			[]want{{pipeline.Direct, "suicide bombers", "", "called"}}},
		{"a plural subject and a verb the tagger reads as a noun", `Justin Bamberg said the videos show Scott calmly leaving his car.`,
			[]want{{pipeline.Indirect, "the videos show Scott calmly leaving his car.", "Justin Bamberg", "said"}}},
		{"a verb that is also a noun of saying", `But Ann Lee claims that she should be the exception.`,
			[]want{{pipeline.Indirect, "she should be the exception.", "Ann Lee", "claims"}}},
		{"is no statement a noun of saying without its owner", `He dismissed the claims that the rules are unfair.`, nil},
		{"an adverb and a time between subject and verb", `Wells Fargo just this month announced it would get rid of the incentives.`,
			[]want{{pipeline.Indirect, "it would get rid of the incentives.", "Wells Fargo", "announced"}}},
		{"a demonstrative subject and a past the tagger reads as a participle", `Industry sources said this represented under one month's consumption.`,
			[]want{{pipeline.Indirect, "this represented under one month's consumption.", "", "said"}}},
		{"an irregular past the tagger reads as an adjective", `Traders said firmness in the crude market plus reports of escalation in the war lent support to crude futures.`,
			[]want{{pipeline.Indirect, "firmness in the crude market plus reports of escalation in the war lent support to crude futures.", "", "said"}}},
		{"a superlative in the clause's subject", `Malcolm Seagrave said the most common types of attacks hit sites with 10 megabytes of data.`,
			[]want{{pipeline.Indirect, "the most common types of attacks hit sites with 10 megabytes of data.", "Malcolm Seagrave", "said"}}},
		{"a participle's place and state in apposition", "The company, based in San Diego, Calif., said the device simplifies the isolation of DNA.",
			[]want{{pipeline.Indirect, "the device simplifies the isolation of DNA.", "", "said"}}},
		{"a gerund before its noun in apposition", "Safety-Kleen, an automotive parts cleaning service, said McKesson has plants in Illinois.",
			[]want{{pipeline.Indirect, "McKesson has plants in Illinois.", "Safety-Kleen", "said"}}},
		{"an audience's name the tagger reads as a plural noun", "Thai officials told Reuters they were optimistic the new pact was viable.",
			[]want{{pipeline.Indirect, "they were optimistic the new pact was viable.", "", "told"}}},
		{"a phrase of nouns before a clause opening with there", "Jorio Dauster told Reuters after the contact group meeting there had been no agreement on quotas.",
			[]want{{pipeline.Indirect, "there had been no agreement on quotas.", "Jorio Dauster", "told"}}},
		{"a long audience before that", "Moore told the opening meeting of trade ministers from 22 nations gathered for informal talks on the GATT that ministers need to keep in touch.",
			[]want{{pipeline.Indirect, "ministers need to keep in touch.", "Moore", "told"}}},
		{"a gerund's phrase before the reported clause", "Kuroda said on leaving Tokyo today he had no new proposals for the talks.",
			[]want{{pipeline.Indirect, "he had no new proposals for the talks.", "Kuroda", "said"}}},
		{"a gerund's object is no subject", "He said after meeting the minister the talks would resume soon.",
			[]want{{pipeline.Indirect, "the talks would resume soon.", "", "said"}}},
		{"a gerund's object of two names is no subject", "He told reporters after meeting President Suharto the gains will come from higher yields.",
			[]want{{pipeline.Indirect, "the gains will come from higher yields.", "", "told"}}},
		{"an idiom of three words before the reported clause", "He said in the past the government had pressed banks to give soft loans.",
			[]want{{pipeline.Indirect, "the government had pressed banks to give soft loans.", "", "said"}}},
		{"an idiom of three words inside a longer phrase of time", "The chairman said in the past two years Akzo had spent 1.1 billion guilders on acquisitions.",
			[]want{{pipeline.Indirect, "Akzo had spent 1.1 billion guilders on acquisitions.", "", "said"}}},
		{"a former name with its article in apposition", "TMOC, formerly the Moonie Oil Co Ltd, said the valuation was made in response to an earlier bid.",
			[]want{{pipeline.Indirect, "the valuation was made in response to an earlier bid.", "TMOC", "said"}}},
		{"a name with and after the article", "The Toronto Globe and Mail said Dome broke off talks with TransCanada last night.",
			[]want{{pipeline.Indirect, "Dome broke off talks with TransCanada last night.", "Toronto Globe and Mail", "said"}}},
		{"yesterday between an apposition and the verb", "Chairman of the FCA, Frank Naylor, yesterday said the system may lose as much as 1.4 billion dlrs.",
			[]want{{pipeline.Indirect, "the system may lose as much as 1.4 billion dlrs.", "Frank Naylor", "said"}}},
		{"a quantifier floating before the verb", "The three banks all said they would cooperate with the investigation.",
			[]want{{pipeline.Indirect, "they would cooperate with the investigation.", "", "said"}}},
		{"an inverted cue between the subject and the predicate of what it reports", "One of the drawbacks of the game, said Mr Purushotma, was the lack of spoken language.",
			[]want{
				{pipeline.Indirect, "One of the drawbacks of the game", "Mr Purushotma", "said"},
				{pipeline.Indirect, "was the lack of spoken language.", "Mr Purushotma", "said"},
			}},
		{"a firm's name ending in a plural head that is also a role", "Charter Oak Partners said it raised its stake in Facet Enterprises Inc.",
			[]want{{pipeline.Indirect, "it raised its stake in Facet Enterprises Inc.", "Charter Oak Partners", "said"}}},
		{"a name ending in a number", `Radio 1 said the show would not try to replace Peel.`,
			[]want{{pipeline.Indirect, "the show would not try to replace Peel.", "Radio 1", "said"}}},
		{"a time of three words between subject and verb", `Wells Fargo earlier this month said it would sell its five head office buildings.`,
			[]want{{pipeline.Indirect, "it would sell its five head office buildings.", "Wells Fargo", "said"}}},
		{"a clause opening with neither", `Ann Lee says neither the nominee nor her campaign helped the singer.`,
			[]want{{pipeline.Indirect, "neither the nominee nor her campaign helped the singer.", "Ann Lee", "says"}}},
		{"a noun's clause in the object runs on", `He mocked Ann Lee's claim that Mexico will pay for the wall.`,
			[]want{{pipeline.Indirect, "Mexico will pay for the wall.", "Ann Lee", "claim"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			if len(doc.Statements) != len(tt.want) {
				t.Fatalf("%d statements, want %d:\n%s", len(doc.Statements), len(tt.want), render(doc))
			}
			for i, w := range tt.want {
				st := doc.Statements[i]
				name := speakerName(doc, st)
				if st.Kind != w.kind || st.Span.In(doc.Text) != w.content || name != w.speaker || st.Cue != w.cue {
					t.Errorf("statement %d = %s %q by %q cue %q, want %s %q by %q cue %q", i,
						st.Kind, st.Span.In(doc.Text), name, st.Cue, w.kind, w.content, w.speaker, w.cue)
				}
			}
		})
	}
}

func TestSignedPieces(t *testing.T) {
	tests := []struct {
		name, text                 string
		speaker, role, affiliation string
	}{
		{"name role institution", "The Road Ahead\n\nThe reforms have changed how parties compete. Voters now expect more from their deputies and less from slogans.\n\nMaria Kusainova\nSenior Fellow\nInstitute of Regional Policy",
			"Maria Kusainova", "Senior Fellow", "Institute of Regional Policy"},
		{"position only", "The Road Ahead\n\nThe reforms have changed how parties compete. Voters now expect more from their deputies and less from slogans.\n\nChief Economist\nInstitute of Regional Policy",
			"Chief Economist, Institute of Regional Policy", "Chief Economist", "Institute of Regional Policy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			var got *pipeline.Statement
			for i := range doc.Statements {
				if doc.Statements[i].Kind == pipeline.Authored {
					got = &doc.Statements[i]
				}
			}
			if got == nil || got.Speaker < 0 {
				t.Fatalf("no signed statement:\n%s", render(doc))
			}
			sp := doc.Speakers[got.Speaker]
			if sp.Name != tt.speaker || len(sp.Roles) == 0 || sp.Roles[0] != tt.role || len(sp.Affiliations) == 0 || sp.Affiliations[0] != tt.affiliation {
				t.Errorf("speaker %q roles %q affiliations %q, want %q, %q, %q", sp.Name, sp.Roles, sp.Affiliations, tt.speaker, tt.role, tt.affiliation)
			}
			if got.Cue != "signed" || got.CueSpan.Empty() {
				t.Errorf("cue %q %v, want signed with a span", got.Cue, got.CueSpan)
			}
		})
	}
}

func TestSpeakerIDsAgree(t *testing.T) {
	a := analyse(t, `"We are ready," said Yerlan Kemelov.`)
	b := analyse(t, `"We are ready," said Erlan KEMELOV.`)
	if len(a.Speakers) != 1 || len(b.Speakers) != 1 {
		t.Fatalf("speakers: %d and %d", len(a.Speakers), len(b.Speakers))
	}
	if a.Speakers[0].ID == "" || a.Speakers[0].ID != b.Speakers[0].ID {
		t.Errorf("ids %q and %q differ", a.Speakers[0].ID, b.Speakers[0].ID)
	}
}

func TestNoTokens(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &pipeline.Document{Text: `"Hello there," she said.`}
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) != 0 {
		t.Errorf("statements without the language stage: %v", doc.Statements)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Process(ctx, doc); err == nil {
		t.Error("cancelled context: no error")
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, bad := range []string{"said\n", "[speech\nsay\n", "[nosuch]\nx\n", "[forms]\nsaid\n", "[role]\nexpert\n"} {
		if _, err := ParseLexicon("bad.txt", []byte(bad)); err == nil {
			t.Errorf("ParseLexicon(%q): no error", bad)
		}
	}
	if _, err := New(WithLexicon("x.txt", []byte("[speech]\nsay\n"))); err != nil {
		t.Errorf("minimal lexicon: %v", err)
	}
}

// TestSpeakerWords checks the words kept as a statement's speaker when
// they name nobody in particular.
func TestSpeakerWords(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"reduced relative", `A Government Accountability Office report released last year found that the agency could not be sure of the money.`,
			"A Government Accountability Office report"},
		{"time word is no speaker", `The plan will fail, officials said Tuesday.`, "officials"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			if len(doc.Statements) != 1 {
				t.Fatalf("%d statements, want 1:\n%s", len(doc.Statements), render(doc))
			}
			if got := doc.Statements[0].SpeakerText; got != tt.want {
				t.Errorf("speaker words %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDescriptorWords: capitalised words before a given name and a
// surname that describe the person, or a headline's last word run into
// the first sentence, are no part of the speaker's name; a noun of agent
// among them is a role. Titles, places and names whose words look the
// same stay whole.
func TestDescriptorWords(t *testing.T) {
	tests := []struct{ name, text, speaker, role string }{
		{"an agent noun", `Investor Paul Bilzerian said he would sell his stake.`, "Paul Bilzerian", "Investor"},
		{"a common noun", `Technician Leslie Keefe said the line failed.`, "Leslie Keefe", ""},
		{"a headline's last word", `Blair unveils plan Tony Blair has said the plan will work.`, "Tony Blair", ""},
		{"another person's surname", "Michael Howard said the plan was wrong.\n\nBlair attacks Howard Tony Blair has said the plan will work.", "Tony Blair", ""},
		{"a party's adjective", `Republican Bill Frenzel said the bill would pass.`, "Bill Frenzel", ""},
		{"given names stay whole", `Jose Manuel Barroso said the budget would pass.`, "Jose Manuel Barroso", ""},
		{"not a given name that is no one's surname", "Howard Dean Smith said the budget would pass.", "Howard Dean Smith", ""},
		{"a phrase of time before the name", `On Monday Tony Blair insisted the plan would work.`, "Tony Blair", ""},
		{"an honorific is kept", `Sir Clive Woodward said the team was ready.`, "Sir Clive Woodward", ""},
		{"not a place's first word", `Reserves rose sharply last week, said a spokesman for the New York Fed.`, "New York Fed", ""},
		{"not a given name that is a title", `Crown Prince Abdullah said the talks went well.`, "Crown Prince Abdullah", ""},
		{"not a common last word", `Consumer Price Index figures said little.`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkLastSpeaker(t, tt.text, tt.speaker, tt.role) })
	}
}

// checkLastSpeaker analyses text and checks the name and first role of
// the speaker of its last statement with one ("" for none).
func checkLastSpeaker(t *testing.T, text, speaker, role string) {
	t.Helper()
	doc := analyse(t, text)
	var got, gotRole string
	for _, st := range doc.Statements {
		if st.Speaker >= 0 {
			sp := doc.Speakers[st.Speaker]
			got, gotRole = sp.Name, ""
			if len(sp.Roles) > 0 {
				gotRole = sp.Roles[0]
			}
		}
	}
	if got != speaker || gotRole != role {
		t.Errorf("speaker %q role %q, want %q role %q:\n%s", got, gotRole, speaker, role, render(doc))
	}
}

// TestSpeakerPlaces: an institution, or a person of a firm, said where
// they are or whom they work for is the speaker, not the place or the
// firm.
func TestSpeakerPlaces(t *testing.T) {
	tests := []struct{ name, text, speaker, role string }{
		{"a title, a name and a firm", `Analyst Lawrence Cohn of Merrill Lynch said the merger would be delayed.`, "Lawrence Cohn", "Analyst"},
		{"an institution in a city", `The Federal Home Loan Bank Board in Washington said it approved the acquisition.`, "Federal Home Loan Bank Board", ""},
		{"an institution with its acronym in a city", `The Pentagon's Project and Contract Office (PCO) in Baghdad said it had taken over the contract.`, "Project and Contract Office", ""},
		{"a firm's name in a city", `Merrill Lynch in London said any comment would have to come from New York.`, "Merrill Lynch", ""},
		{"a person of a firm in a city", `Natsuo Okada of Sumitomo Bank in New York said the dollar had not bottomed.`, "Natsuo Okada", ""},
		{"someone described in a city with a particle", `A union spokesman in Rio de Janeiro said the seamen had accepted the offer.`, "", ""},
		{"a senator, a party and a state", `Senator Bill Bradley (Democrat) of New Jersey said the administration would remain under a cloud.`, "Bill Bradley", "Senator"},
		{"a surname named before, of a firm", "Economist Katharina Zimmer expects a big crop.\n\nZimmer of Merrill Lynch said she would cut her estimate.", "Katharina Zimmer", "Economist"},
		{"a foreign surname named before, of a firm", "Hiroyuki Kondo expects yields to rise.\n\nKondo of Yasuda Trust said investors are not convinced.", "Hiroyuki Kondo", ""},
		{"is one name a word after a connector elsewhere", "The Rock and Roll Hall of Fame opened in May.\n\nHall of Fame officials said the show would go on.", "", ""},
		{"is one name a word of a place never named as a surname", `Lloyds of London said it would expand.`, "Lloyds of London", ""},
		{"a report monitored in a city", `An Ankara Radio report monitored in London said the minister had called for talks.`, "", ""},
		{"people described in a country", `Music industry bosses in Norway said the ruling would help build confidence.`, "", ""},
		{"a firm of a country", `Hoechst AG of West Germany said it has completed the acquisition.`, "Hoechst AG", ""},
		{"a firm in angle brackets of a city", `&lt;Qintex Ltd> of Brisbane said it has arranged a loan.`, "Qintex Ltd", ""},
		{"is one name a firm of a country with a form inside", `Hospital Corp of America said it would sell the hospitals.`, "Hospital Corp of America", ""},
		{"a descriptor, its institution's acronym and a name", `The chairman of the port employers' organization, SVZ, Jacques Schoufour, said he was unhappy with the decision.`, "Jacques Schoufour", "chairman"},
		{"a firm where it is based", `The Washington-based Atlantic Council said the plan would fail next year.`, "Atlantic Council", ""},
		{"a firm who holds it", `Privately-held Pantry Inc said it has engaged a bank to sell it.`, "Pantry Inc", ""},
		{"a firm in a city of two words", `New York-based Mutual Shares Corp said it holds a stake in the firm.`, "Mutual Shares Corp", ""},
		{"an opening phrase, a titled name and its apposition", `In one of the most direct criticisms, board chairman John Tower, a longtime Reagan supporter and former senator from Texas, told a press conference, "The president did not understand the operation."`, "John Tower", "board chairman"},
		{"one of a group, named, after an opening phrase", `In a statement, one of the attorneys, Justin Bamberg, said the plan would fail.`, "Justin Bamberg", ""},
		{"a person from a firm", `But Mr Hirsch from Retail Banking Research said the number of cash machines at risk was low.`, "Mr Hirsch", ""},
		{"people at a firm before the firm's apposition", `Floor traders at the MidAmerica Commodity Exchange, the smallest exchange, said they were preparing to move.`, "", ""},
		{"an apposition with a phrase after its noun", `Roy Cooper, McCrory's opponent in the upcoming election, said the videos should be released soon.`, "Roy Cooper", ""},
		{"a place and an abbreviated office before a name", `U.S. Rep. Dan Glickman said he would introduce a bill today.`, "Dan Glickman", ""},
		{"a service and abbreviated ranks before a name", `Army Lt. Col. Craig McNab said the exercise would end today.`, "Craig McNab", ""},
		{"an administrator of an agency", `Food Safety and Inspection Service Administrator Donald Houston said the rule would change.`, "Donald Houston", "Food Safety and Inspection Service Administrator"},
		{"a party before a name whose surname is a word", `Liberal Democrat David Laws said the plan would fail next year.`, "David Laws", ""},
		{"a state and a party before a name", `Ohio Democrat Howard Metzenbaum said the plan would fail next year.`, "Howard Metzenbaum", ""},
		{"a nationality before a name with a particle", `Belgian Paul de Keersmaeker said the plan would fail next year.`, "Paul de Keersmaeker", ""},
		{"a hyphenated description before a name", `Fly-half Charlie Hodgson said the team would win the cup this year.`, "Charlie Hodgson", ""},
		{"not a title before a name that is no person's", `Deputy U.S. Comptroller of the Currency Robert Bench said regulators had no objection.`, "Robert Bench", "Deputy U.S. Comptroller"},
		{"a name, a town and its state", `Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.`, "Johnnie Wilson", ""},
		{"a name, an age, a town, its state and a relative clause", `Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back memories.`, "Donna Rawlings", ""},
		{"a name, a common noun, a town and its state", `Mary Jones, a teacher from Springfield, Va., said the plan would fail.`, "Mary Jones", ""},
		{"a name, a common noun and a town", `Mary Jones, a teacher, of Springfield, said the plan would fail.`, "Mary Jones", ""},
		{"a common noun from a town and its state", `A teacher from Springfield, Va., said the plan would fail.`, "", ""},
		{"a firm described by a coordination", `Austin, a design, engineering and construction firm, said it would bid.`, "Austin", ""},
		{"is no acronym a name after an adverbial", `In a filing with the Securities and Exchange Commission, WEDGE, which is owned by Issam Fares, a Lebanese citizen living in Switzerland, also said it discussed a bid.`, "WEDGE", ""},
		{"not a meeting in a town", `The company, in the proxy statement mailed for its May 21 annual meeting in Savannah, Ga., said the shares will be needed.`, "", ""},
		{"a firm described as of a town and its state", `Towle and Co, a St. Louis, Mo., investment advisory firm, told the Securities and Exchange Commission it has acquired 55,900 shares.`, "Towle and Co", ""},
		{"a person described as of a town and its state", `James Stuckert, a Louisville, Ky., businessman, told the Securities and Exchange Commission he has acquired shares.`, "James Stuckert", "businessman"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkLastSpeaker(t, tt.text, tt.speaker, tt.role) })
	}
}

// TestPluralRoles: a title in the plural before one person's name is a
// headline run into the first sentence, no role of theirs; the head of
// a role with an "of"/"for" phrase is what counts.
func TestPluralRoles(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a headline's plural", "Blair pledges unity to Labour MPs Tony Blair has sought to reassure Labour backbenchers.\n\n\"Nothing will stand in our way,\" Mr Blair told the meeting.", ""},
		{"a plural in the role's phrase", "\"The fund is closed,\" said Steve Norwitz, a spokesman for T. Rowe Price Associates.", "spokesman for T. Rowe Price Associates"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			var got []string
			for _, sp := range doc.Speakers {
				got = append(got, sp.Roles...)
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("roles %q, want %q\n%s", got, tt.want, render(doc))
			}
		})
	}
}

// TestOneSpeaker: short forms refer to the full name and the speaker is
// named by it: a surname with a title ("Mr Howard", "Dr Fox") before or
// after the full name, and a one-word name after an institution's full
// name that starts with it ("Struthers").
func TestOneSpeaker(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"full name first", "Michael Howard said the plans were fair.\n\n\"It is not racist,\" said Mr Howard.", "Michael Howard"},
		{"titled surname first", "\"It is not racist,\" said Mr Howard.\n\nMichael Howard said the plans were fair.", "Michael Howard"},
		{"doctor", "Liam Fox said the war was wrong.\n\n\"He lied,\" Dr Fox told the BBC.", "Liam Fox"},
		{"hyphenated surname", "Robert Kilroy-Silk said the party was ready.\n\n\"We will win,\" said Mr Kilroy-Silk.", "Robert Kilroy-Silk"},
		{"short institution name", "Struthers Wells Corp said it expects a loss.\n\nStruthers added that it had filed for an extension.", "Struthers Wells Corp"},
		{"family name first", "Party chief Zhao Ziyang said reforms would go on.\n\n\"We will open further,\" Zhao told reporters.", "Zhao Ziyang"},
		{"family name first, short form first", "\"We will open further,\" Zhao told reporters.\n\nParty chief Zhao Ziyang said reforms would go on.", "Zhao Ziyang"},
		{"escaped ampersand", "Merrill Lynch &amp; Co said it would buy the unit.\n\nMerrill Lynch added that it would pay cash.", "Merrill Lynch &amp; Co"},
		{"firm named by its partners", "Merrill Lynch and Co Inc said it would buy the unit.\n\nMerrill Lynch added that it would pay cash.", "Merrill Lynch and Co Inc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			if len(doc.Speakers) != 1 {
				t.Fatalf("%d speakers, want 1:\n%s", len(doc.Speakers), render(doc))
			}
			if got := doc.Speakers[0].Name; got != tt.want {
				t.Errorf("speaker %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOfficeDescriptors: "the chancellor" refers back to the speaker
// before only when the document gave that speaker the office; "the
// expert" refers back to anyone.
func TestOfficeDescriptors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // speaker name per statement, "" for none
	}{
		{"office held by nobody named", "Tony Blair said the plan was fair.\n\n\"We will pay for it,\" the chancellor said.",
			[]string{"Tony Blair", ""}},
		{"office given before", "Chancellor Gordon Brown said the plan was fair.\n\n\"We will pay for it,\" the chancellor said.",
			[]string{"Gordon Brown", "Gordon Brown"}},
		{"a person is no institution", "The Supreme Court said it would hear the appeal.\n\n\"The case is closed,\" the judge said.",
			[]string{"Supreme Court", ""}},
		{"pronoun agrees with the title", "Mr Blair said the plan was fair.\n\n\"We will pay for it,\" she said.",
			[]string{"Mr Blair", ""}},
		{"pronoun agrees with a male given name", "Dick Pound said the rule may not apply.\n\n\"The allegations are not true,\" she said.",
			[]string{"Dick Pound", ""}},
		{"a female given name says nothing", "Andrei Illarionov said the rule may not apply.\n\n\"The allegations are not true,\" he said.",
			[]string{"Andrei Illarionov", "Andrei Illarionov"}},
		{"generic descriptor", "Kamila Nurova said young people rarely vote.\n\n\"They do not trust parties,\" the expert added.",
			[]string{"Kamila Nurova", "Kamila Nurova"}},
		{"they goes on quoting an unnamed group", "Prime Minister Yasuhiro Nakasone will visit Washington in April.\n\nThe tariffs would end soon, officials said.\n\nThey said there was little chance of a deal.",
			[]string{"", ""}},
		{"it goes back to an institution", "Acme Corp said profits rose sharply in 1986.\n\nIt said the offering will be made only by prospectus.",
			[]string{"Acme Corp", "Acme Corp"}},
		{"it is no person", "John Smith said profits rose sharply in 1986.\n\nIt said the offering will be made only by prospectus.",
			[]string{"John Smith", ""}},
		{"it goes on quoting an unnamed source", "Acme Corp said profits rose sharply in 1986.\n\nThe outlook is bright, the central bank study said.\n\nIt added that the current account would show a surplus.",
			[]string{"Acme Corp", "", ""}},
		{"they is no person named before", "Prime Minister Yasuhiro Nakasone will visit Washington in April.\n\nThey said there was little chance of a deal.",
			[]string{""}},
		{"it goes back to a name with nothing personal", "Wheat crops suffered damage because of frost, the China Daily said.\n\nIt said temperatures were below average.",
			[]string{"China Daily", "China Daily"}},
		{"it and the company after a one-word name", "Kodak said the plant will cost more than 200 mln dlrs.\n\nIt said the plant should open in 1990.\n\nThe company said it would hire 250 people.",
			[]string{"Kodak", "Kodak", "Kodak"}},
		{"it after another subject", "Kaczurba said exports would rise by only 100 mln dlrs.\n\nWhile Poland is unlikely to seek compensation, it says it has a moral right to assistance.",
			[]string{"Kaczurba", ""}},
		{"it after unnamed people is no person's source", "Acme Corp said profits rose sharply in 1986.\n\nThe plant will close in May, company sources said.\n\nIt said the offering will be made only by prospectus.",
			[]string{"Acme Corp", "", "Acme Corp"}},
		{"it is no surname of a person named in full", "Talks are deadlocked, officials said, pinning hopes on a trip by Corporate Affairs Minister Michael Howard.\n\nHoward told Reuters he would promote understanding.\n\nMeanwhile, Britain will re-examine a letter, government sources said. It had been seen as a signal of goodwill, it said.",
			[]string{"", "Michael Howard", "", ""}},
		{"a surname is the person named in full before", "Jack Straw has attacked the decision by the court.\n\nNew Home Secretary Charles Clarke vowed the nine men would remain in prison.\n\nBut Mr Straw denied it amounted to a \"constitutional crisis\".\n\nHe said those held had a right of appeal.\n\nThe foreign secretary insisted it was for Parliament to decide.",
			[]string{"Jack Straw", ""}},
		{"a firm's initials after its name", "Standard and Poor's Corp said it cut the rating of Acme Inc.\n\nThe outlook is negative, S and P said.",
			[]string{"Standard and Poor's Corp", "Standard and Poor's Corp"}},
		{"the full name after a whole title", "Secretary of State George Shultz arrived in Peking on Sunday.\n\nShultz said the talks would be useful.",
			[]string{"George Shultz"}},
		{"the full name after a firm's abbreviated form ends a sentence", "Sales rose at Lawrence Ross of PaineWebber Group Inc. Analyst George Adler of Smith Barney was optimistic.\n\nAdler said the plant is sold out.",
			[]string{"George Adler"}},
		{"not a surname of the other gender", "President Ronald Reagan left for Camp David on Friday.\n\nMrs Reagan said the trip was planned.",
			[]string{"Mrs Reagan"}},
		{"not a surname two people share", "Gordon Brown and Nick Brown met in May.\n\nMr Brown said the talks were useful.",
			[]string{"Mr Brown"}},
		{"it after a sentence about another name", "Harcourt said it would recapitalise.\n\nBritish Printing withdrew its offer for the firm last week. At the time, it said it was reviewing its alternatives.",
			[]string{"Harcourt", ""}},
		{"an institution's head picks its own", "Wheat will be made available for sale, the Ministry of Agriculture said.\n\nThe EC Cereals Management Committee said 70,000 tonnes would be sold in April.\n\nThe ministry said sales for July would be discussed later.",
			[]string{"Ministry of Agriculture", "EC Cereals Management Committee", "Ministry of Agriculture"}},
		{"the official after an unnamed official", "Prices will rise sharply next year, Agriculture Secretary Richard Lyng said.\n\nThe department will ask for more money, a State Department official said.\n\n\"It is basically up to the department now,\" the official said.",
			[]string{"Richard Lyng", "", ""}},
		{"he after an unnamed spokesman", "Finance Minister Roger Douglas said the budget would be cut.\n\nA ministry spokesman said the plan was ready.\n\nHe said it would be published on Monday.",
			[]string{"Roger Douglas", "", ""}},
		{"the aide whoever is named between", "Richard Lyng will not raise the wheat plan, an aide to Lyng said.\n\nLyng plans to spend five minutes on farm bills before the Economic Policy Council, the aide said.",
			[]string{"", ""}},
		{"the aide after a definite aide who fits nobody", "President Reagan said the tariffs would stay.\n\nThe White House aide said, \"it wasn't done to appease Congress.\"\n\nThe aide added, \"it was an example of how the law works.\"",
			[]string{"Reagan", "", ""}},
		{"the official is the unnamed official after a name", "The plan will be delayed, one official said.\n\nBaker said the talks were useful.\n\nThe deficit will shrink, the official said.",
			[]string{"", "Baker", ""}},
		{"not the unnamed spokesman when the named one is a spokesman", "Sales are strong, a spokesman for the firm told Reuters.\n\nDrexel spokesman Steve Anredder told Reuters that business was good.\n\n\"We have done nothing wrong,\" said the spokesman.",
			[]string{"", "Steve Anredder", "Steve Anredder"}},
		{"he after a name between", "Finance Minister Roger Douglas said the budget would be cut.\n\nA ministry spokesman said the plan was ready. Opposition leader Jim Bolger called it a disgrace.\n\nHe said it would be published on Monday.",
			[]string{"Roger Douglas", "", "Roger Douglas"}},
		{"she is no spokesman", "Finance Minister Ruth Richardson said the budget would be cut.\n\nA ministry spokesman said the plan was ready.\n\nShe said it would be published on Monday.",
			[]string{"Ruth Richardson", "", "Ruth Richardson"}},
		{"he after one of the officials", "Finance Minister Roger Douglas said the budget would be cut.\n\nOne of the officials said the plan was ready.\n\nHe said it would be published on Monday.",
			[]string{"Roger Douglas", "", "Roger Douglas"}},
		{"he after a surname as a clause's subject", "Agriculture undersecretary Daniel Amstutz will testify on Monday.\n\nWheat prices rose sharply, traders said.\n\nSpeaking to a House subcommittee, Amstutz cited three factors. He said world consumption is increasing.",
			[]string{"", "Daniel Amstutz"}},
		{"not an adjective as a clause's subject", "Wheat prices rose sharply, traders said.\n\nThe Democratic controlled Congress met in May. He told reporters the budget was sound.",
			[]string{"", ""}},
		{"the company is the firm the sentence before is about", "Viacom Corp reported that fourth quarter earnings fell.\n\nRJR Nabisco Inc filed with the Securities and Exchange Commission for a shelf offering.\n\nThe company said proceeds will be used for general purposes.",
			[]string{"Viacom Corp", "RJR Nabisco Inc"}},
		{"not a copula's subject", "MacGregor Sporting Goods Inc said it will sell shares.\n\nE.F. Hutton Group Inc is lead underwriter. The company said proceeds will be used to reduce debt.",
			[]string{"MacGregor Sporting Goods Inc", "MacGregor Sporting Goods Inc"}},
		{"the company is only the institution quoted last", "Belden Energy Co said it entered into an agreement.\n\nThe FNSEA said it is worried about the talks.\n\nThe company said it will use proceeds to finance an offer.",
			[]string{"Belden Energy Co", "FNSEA", ""}},
		{"a rank tells the office apart", "Tony Blair said he would meet concerns about the bill.\n\nThe deputy speaker later said the debate had not been handled as it should have been.",
			[]string{"Tony Blair", ""}},
		{"the judge is an office", "Pete Doherty said he would play on Friday.\n\nThe judge said he would not rule on the request today.",
			[]string{"Pete Doherty", ""}},
		{"the prosecutor is an office", "Sam Shapiro said he did nothing wrong.\n\nThe prosecutor also said Shapiro attempted to conceal his trading.",
			[]string{"Sam Shapiro", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			var got []string
			for _, st := range doc.Statements {
				name := speakerName(doc, st)
				got = append(got, name)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("speakers %q, want %q\n%s", got, tt.want, render(doc))
			}
			for _, sp := range doc.Speakers {
				if sp.Name == "Tony Blair" && len(sp.Roles) > 0 {
					t.Errorf("Tony Blair given roles %q", sp.Roles)
				}
			}
		})
	}
}

// TestSpeakerKinds: people are PERSON, institutions ORG, and a one-word
// name the text goes on to call "the company" is an institution's.
func TestSpeakerKinds(t *testing.T) {
	for text, want := range map[string]map[string]string{
		"Acme Widget Corp said it acquired the unit for cash.\n\nJohn Smith said rates would rise soon.": {
			"Acme Widget Corp": pipeline.Org, "John Smith": pipeline.Person},
		"Oracle said it would cut about 5,000 jobs.\n\nThe company said it would keep most engineers.":         {"Oracle": pipeline.Org},
		"Smith said it would cut about 5,000 jobs.\n\nHe said the plan would keep most engineers.":             {"Smith": pipeline.Person},
		"Norton co said it would cut about 5,000 jobs.":                                                        {"Norton co": pipeline.Org},
		"Prices fell.\n\nPrices fell sharply in March, the China Daily said.":                                  {"China Daily": pipeline.Org},
		"Prices fell.\n\nPrices fell sharply in March, the Tories said.":                                       {"Tories": pipeline.Org},
		"\"That is ridiculous,\" the Texas Democrat told reporters.":                                           {"Texas Democrat": pipeline.Person},
		"\"We are ready,\" the Crown Prince told reporters.":                                                   {"Crown Prince": pipeline.Person},
		"Prices rose sharply. In the U.S. Silas said the field would start up soon.":                           {"Silas": pipeline.Person},
		"E-Systems said it expects lower earnings.\n\nThe company said it does not expect to match last year.": {"E-Systems": pipeline.Org},
		"Prices fell.\n\nBanque Paribas said rates would rise.\n\nBanco do Brasil said it would lend more.": {
			"Banque Paribas": pipeline.Org, "Banco do Brasil": pipeline.Org},
		"Prices fell.\n\nRates will rise, US Federal Reserve said.":                            {"US Federal Reserve": pipeline.Org},
		"Quoting the documents, Business Day said the certificates will mature in five years.": {"Business Day": pipeline.Org},
		"USA Today said it carried a total of 957 paid advertising pages.":                     {"USA Today": pipeline.Org},
		"Wendy Day said the singer would make no further comment.":                             {"Wendy Day": pipeline.Person},
		"Prices fell.\n\nVisa International said card use rose.":                               {"Visa International": pipeline.Org},
		"Prices fell.\n\nWarburg Securities said the issue had been placed.":                   {"Warburg Securities": pipeline.Org},
		"Prices fell.\n\nThe Cereals Authority said exports would rise.":                       {"Cereals Authority": pipeline.Org},
		"Prices fell.\n\nPermian Basin Royalty Trust said its payout would fall.":              {"Permian Basin Royalty Trust": pipeline.Org},
		"Allegheny International Inc said it agreed to the offer.\n\nAllegheny International said the tender would start.": {
			"Allegheny International Inc": pipeline.Org},
		"General Motors Corp said it would cut jobs.\n\nGeneral Motors said the plan would save money.": {
			"General Motors Corp": pipeline.Org},
	} {
		doc := analyse(t, text)
		got := map[string]string{}
		for _, sp := range doc.Speakers {
			got[sp.Name] = sp.Kind
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: kinds %v, want %v", text, got, want)
		}
	}
}

// TestJointStatements: a subject of two people's names joined by "and"
// makes a statement of both, a plural title before them is each one's,
// "they" after it goes back to both, and names of institutions or firms
// with "and" inside stay one speaker.
func TestJointStatements(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // per statement: speaker names joined by "+", "" for none
		roles      map[string][]string
	}{
		{"two names", "\"It will fail,\" Ann Smith and Bob Jones said on Monday.",
			[]string{"Ann Smith+Bob Jones"}, nil},
		{"shared plural title", "Senators Tom Lee and Mary Poe said the bill would pass.",
			[]string{"Tom Lee+Mary Poe"}, map[string][]string{"Tom Lee": {"Senator"}, "Mary Poe": {"Senator"}}},
		{"a title each", "Sales rose. Australian Prime Minister Bob Hawke and Treasurer Paul Keating said the budget would be tight.",
			[]string{"Bob Hawke+Paul Keating"}, map[string][]string{"Bob Hawke": {"Australian Prime Minister"}, "Paul Keating": {"Treasurer"}}},
		{"titles and initials", "Mr Fawcett and H.P. Wass said the report was false.",
			[]string{"Mr Fawcett+H.P. Wass"}, nil},
		{"three names", "Sales rose. Ann Smith, Bob Jones and Carl Wu said the plan would fail.",
			[]string{"Ann Smith+Bob Jones+Carl Wu"}, nil},
		{"a place before the names", "Sales rose. In Paris, Ann Smith and Bob Jones said the plan would fail.",
			[]string{"Ann Smith+Bob Jones"}, nil},
		{"inverted cue", "\"We disagree,\" said Ann Smith and Bob Jones.",
			[]string{"Ann Smith+Bob Jones"}, nil},
		{"they goes back to both", "Ann Smith and Bob Jones said the plan was bad.\n\n\"It will fail,\" they added.",
			[]string{"Ann Smith+Bob Jones", "Ann Smith+Bob Jones"}, nil},
		{"they never goes back to one person", "Caspar Weinberger said the matter was closed.\n\nAnalysts agreed the reaction was measured. But they said the question was whether Iran would agree.",
			[]string{"Caspar Weinberger", ""}, nil},
		{"they is a group named since, not an institution quoted before", "The American Petroleum Institute said crude stocks fell.\n\nThe analysts attribute the stockdraws to seasonal factors but they said crude direction is harder to call.",
			[]string{"American Petroleum Institute", ""}, nil},
		{"they goes on quoting an institution", "The American Petroleum Institute said crude stocks fell.\n\nIt was the third fall. They said imports fell too.",
			[]string{"American Petroleum Institute", "American Petroleum Institute"}, nil},
		{"he goes back to the last named", "Ann Smith and Bob Jones said the plan was bad.\n\nPeter Wu said it was good.\n\n\"It will work,\" he added.",
			[]string{"Ann Smith+Bob Jones", "Peter Wu", "Peter Wu"}, nil},
		{"plural institution head", "Red Cross and Red Crescent Societies said aid would arrive next week.",
			[]string{"Red Cross and Red Crescent Societies"}, nil},
		{"firm with a legal form", "Ann Smith and Bob Jones Inc said sales would rise next year.",
			[]string{"Ann Smith and Bob Jones Inc"}, nil},
		{"two firms with legal forms", "Allied-Signal Inc and Schlumberger Ltd said they agreed to merge their units.",
			[]string{"Allied-Signal Inc+Schlumberger Ltd"}, nil},
		{"a firm with and in its name, then another", "Lazard Freres and Co and Salomon Brothers Inc said the bid was adequate.",
			[]string{"Lazard Freres and Co+Salomon Brothers Inc"}, nil},
		{"a firm and a university", "National Patent Development Corp and Bar-Ilan University of Israel said the venture would start soon.",
			[]string{"National Patent Development Corp+Bar-Ilan University of Israel"}, nil},
		{"is one firm without a legal form before and", "Cable and Wireless PLC said profits rose sharply last year.",
			[]string{"Cable and Wireless PLC"}, nil},
	}
	// Names that are not two people's: whoever the speaker is, the
	// statement is nobody's jointly.
	for _, text := range []string{
		"Palm Oil Registration and Licensing Authority said exports would rise next year.",
		"Procter and Gamble said sales would rise next year.",
		"E D and F Man said sales would rise next year.",
	} {
		doc := analyse(t, text)
		for _, st := range doc.Statements {
			if len(st.CoSpeakers) > 0 {
				t.Errorf("%q: joint statement\n%s", text, render(doc))
			}
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			var got []string
			for _, st := range doc.Statements {
				var ns []string
				if st.Speaker >= 0 {
					ns = append(ns, doc.Speakers[st.Speaker].Name)
				}
				for _, c := range st.CoSpeakers {
					ns = append(ns, doc.Speakers[c].Name)
				}
				got = append(got, strings.Join(ns, "+"))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("speakers %q, want %q\n%s", got, tt.want, render(doc))
			}
			for _, sp := range doc.Speakers {
				if want, ok := tt.roles[sp.Name]; ok && !reflect.DeepEqual(sp.Roles, want) {
					t.Errorf("%s: roles %q, want %q", sp.Name, sp.Roles, want)
				}
			}
		})
	}
}

// TestAffiliationPlace: a place after "in" is no part of an affiliation,
// so that a firm is one affiliation wherever its analysts sit.
func TestAffiliationPlace(t *testing.T) {
	for text, want := range map[string]string{
		"\"Rates will fall,\" said Ann Cole, an analyst at Lehman Brothers in Tokyo.":                "Lehman Brothers",
		"\"Rates will fall,\" said Ann Cole, an analyst at Greenpeace in the UK.":                    "Greenpeace",
		"\"Rates will fall,\" said Ann Cole, an economist at Banco Real in Rio de Janeiro.":          "Banco Real",
		"\"Rates will fall,\" said Ann Cole, a researcher at the Plaid Cymru group in the assembly.": "Plaid Cymru group in the assembly",
	} {
		doc := analyse(t, text)
		if len(doc.Speakers) != 1 || len(doc.Speakers[0].Affiliations) != 1 || doc.Speakers[0].Affiliations[0] != want {
			t.Errorf("%q: affiliations, want %q\n%s", text, want, render(doc))
		}
	}
}

// TestTitlesOfInstitutions: a title held in an institution and named
// with it ("managing director of Goldman Sachs", "a board member of the
// central bank") is the role and the affiliation of the person it
// describes, wherever the commas around it are left out.
func TestTitlesOfInstitutions(t *testing.T) {
	tests := []struct{ text, name, role, aff string }{
		{"Prices will rise, Mike Boswell chairman of Sunshine Mining Co told Reuters in an interview.", "Mike Boswell", "chairman", "Sunshine Mining Co"},
		{"\"Demand continues to climb,\" Gene Cartledge, chairman and chief executive officer of Union Camp said.", "Gene Cartledge", "chairman and chief executive officer", "Union Camp"},
		{"But, Hans Reckers, a board member of Germany's central bank, the Bundesbank, said that trading should stay.", "Hans Reckers", "board member", "Germany's central bank"},
		{"The director of the Office of Management and Budget James Miller warned that a tax increase would hurt growth.", "James Miller", "director", "Office of Management and Budget"},
		{"Supreme Court Justice Stephen Breyer said that the technology had some excellent uses.", "Stephen Breyer", "Supreme Court Justice", ""},
		{"Commerzbank AG management board chairman Walter Seipp said rates would fall.", "Walter Seipp", "management board chairman", "Commerzbank AG"},
		{"Former Treasury official John Smith said rates would fall.", "John Smith", "Former official", "Treasury"},
		{"Newly-nominated Federal Reserve Board chairman Alan Greenspan said rates would fall.", "Alan Greenspan", "Newly-nominated chairman", "Federal Reserve Board"},
		{"Tory leader Michael Howard said rates would fall.", "Michael Howard", "Tory leader", ""},
		{"U.S. Ambassador to Japan Mike Mansfield said rates would fall.", "Mike Mansfield", "U.S. Ambassador to Japan", ""},
		{"Portuguese Ambassador to Peking Octavio Valerio said rates would fall.", "Octavio Valerio", "Portuguese Ambassador to Peking", ""},
		{"Sales rose.\n\nPrices will rise this year, U.S. Ambassador to GATT Michael Samuels said.", "Michael Samuels", "U.S. Ambassador to GATT", ""},
		{"Sales rose.\n\nPrices will rise this year, Australian Wheat Board (AWB) chairman Clinton Condon said.", "Clinton Condon", "chairman", "Australian Wheat Board"},
		{"Federal Reserve Board Chairman Paul Volcker said rates would fall.", "Paul Volcker", "Federal Reserve Board Chairman", ""},
		{"Fund manager Ann Lee said rates would fall.", "Ann Lee", "Fund manager", ""},
	}
	for _, tt := range tests {
		doc := analyse(t, tt.text)
		var affs []string
		if tt.aff != "" {
			affs = []string{tt.aff}
		}
		if len(doc.Speakers) != 1 || doc.Speakers[0].Name != tt.name || !slices.Equal(doc.Speakers[0].Roles, []string{tt.role}) ||
			!slices.Equal(doc.Speakers[0].Affiliations, affs) {
			t.Errorf("%q: want %s, %q of %q\n%s", tt.text, tt.name, tt.role, tt.aff, render(doc))
		}
	}
}

// TestFirmNames: a firm named after its partners ("Kidder, Peabody and
// Co"), with an initial inside ("Aubrey G. Lanston and Co"), or after its
// owner ("Hudson's Bay", "Ward's Automotive Reports") is one name, as the
// speaker and as the affiliation of the person who speaks for it; a
// person after a possessor stays the possessor's ("Labour's Ken
// Livingstone").
func TestFirmNames(t *testing.T) {
	checkNamesAffs(t, []nameAff{
		{`"We could have another rate increase soon," said David Jones of Aubrey G. Lanston and Co.`, "David Jones", "Aubrey G. Lanston and Co."},
		{`"It is a bad deal for us," said Carole Berger of Cyrus J. Lawrence Inc.`, "Carole Berger", "Cyrus J. Lawrence Inc."},
		{`"The merger is not going through," said Phil Pace, analyst at Kidder, Peabody and Co.`, "Phil Pace", "Kidder, Peabody and Co."},
		{`"The merger is not going through," said analyst Phil Pace of Kidder, Peabody and Co.`, "Phil Pace", "Kidder, Peabody and Co."},
		{"John Weinberg of Goldman, Sachs and Co said the plan would fail.", "John Weinberg", "Goldman, Sachs and Co"},
		{"Witco Corp is raising 140 mln dlrs via an offering of debentures, said lead manager Smith Barney, Harris Upham and Co Inc.", "Smith Barney, Harris Upham and Co Inc.", ""},
		{"Ford raised its output, the trade paper Ward's Automotive Reports said.", "Ward's Automotive Reports", ""},
		{"Hudson's Bay Co said it sold a unit. Hudson's Bay said the sale of its unit is part of a plan.", "Hudson's Bay Co", ""},
		{"Labour's Ken Livingstone said the plan would fail badly.", "Ken Livingstone", "Labour"},
		{"Microsoft's Bill Gates said the plan would fail badly.", "Bill Gates", "Microsoft"},
		{"The government will cut taxes, Sunday's Financial Mail said in a report.", "Financial Mail", ""},
		{`"Some options are in front of UAL management," said Timothy Pettee, Bear Stearns and co analyst.`, "Timothy Pettee", ""},
	})
}

// nameAff is a text with one speaker, and the speaker's name and
// affiliation ("" for none).
type nameAff struct{ text, name, aff string }

// checkNamesAffs checks that each text has one speaker with the name and
// the affiliation given.
func checkNamesAffs(t *testing.T, tests []nameAff) {
	t.Helper()
	for _, tt := range tests {
		doc := analyse(t, tt.text)
		var affs []string
		if tt.aff != "" {
			affs = []string{tt.aff}
		}
		if len(doc.Speakers) != 1 || doc.Speakers[0].Name != tt.name || !slices.Equal(doc.Speakers[0].Affiliations, affs) {
			t.Errorf("%q: want %s of %q\n%s", tt.text, tt.name, tt.aff, render(doc))
		}
	}
}

// TestLongInstitutionNames: three capitalised words or more after "the" or
// after an institution's head and "of" are one institution's name when
// their last words are common English words, not a person's name
// ("Auto Workers", "Asian Nations" were people); a person's name there
// stays the person's.
func TestLongInstitutionNames(t *testing.T) {
	checkNamesAffs(t, []nameAff{
		{"The United Auto Workers said the strike would go on.", "United Auto Workers", ""},
		{"Prices will fall, the Welsh Assembly Government said.", "Welsh Assembly Government", ""},
		{"Foreign Ministers of the Association of South-east Asian Nations said they expect closer ties with Japan.", "Association of South-east Asian Nations", ""},
		{"Rector of the Kazakh Academy of Education Nurbek Pusyrmanov said prices would fall.", "Nurbek Pusyrmanov", "Kazakh Academy of Education"},
		{"Director of the Institute of World Economy Anna Smith said prices would fall.", "Anna Smith", "Institute of World Economy"},
		{"Spokesman Marcio Stefani of the Brazilian Association of Automotive Vehicle Distributors said dealers felt their livelihood was at stake.",
			"Marcio Stefani", "Brazilian Association of Automotive Vehicle Distributors"},
	})
}

// TestCommonWordNames: a name made of common English words only is an
// institution's ("Industrial Equity", "Age Concern"), and a shorter form
// of an institution's name named before is that institution ("River
// Oaks" after "River Oaks Industries Inc"), so that "the company" still
// has one institution to refer to; so is a word of a firm's name written
// with its legal form ("Kodak" after "Eastman Kodak Co"), but for a
// person's surname ("Morgan" after "Peter Morgan of J.P. Morgan and Co").
func TestCommonWordNames(t *testing.T) {
	doc := analyse(t, "Industrial Equity said it bought 263,600 Calmat shares for investment.")
	if len(doc.Speakers) != 1 || doc.Speakers[0].Kind != pipeline.Org {
		t.Errorf("Industrial Equity: want one institution\n%s", render(doc))
	}
	doc = analyse(t, "River Oaks Industries Inc said it agreed to give control of the company to Benson Seizer. "+
		"River Oaks said it will place a 2.6 mln dlr note with Seizer. "+
		"The company said the money will strengthen its balance sheet.")
	if len(doc.Statements) != 3 || len(doc.Speakers) != 1 || doc.Speakers[0].Name != "River Oaks Industries Inc" {
		t.Errorf("River Oaks: want three statements by River Oaks Industries Inc\n%s", render(doc))
	}
	doc = analyse(t, "Eastman Kodak Co said it will build a plant in Columbia next year. "+
		"Kodak said the plant would cost more than 200 mln dlrs to build.")
	if len(doc.Speakers) != 1 || doc.Speakers[0].Name != "Eastman Kodak Co" || doc.Speakers[0].Kind != pipeline.Org {
		t.Errorf("Kodak: want the statement of Eastman Kodak Co\n%s", render(doc))
	}
	doc = analyse(t, "Dome Petroleum Ltd shares fell on Monday. Dome said the plan was realistic and achievable.")
	if len(doc.Speakers) != 1 || doc.Speakers[0].Kind != pipeline.Org {
		t.Errorf("Dome: want an institution\n%s", render(doc))
	}
	doc = analyse(t, "Peter Morgan of J.P. Morgan and Co said rates would rise. Morgan said the dollar would fall.")
	if len(doc.Speakers) != 1 || doc.Speakers[0].Name != "Peter Morgan" {
		t.Errorf("Morgan: want Peter Morgan\n%s", render(doc))
	}
	doc = analyse(t, "Representatives of nine countries will meet on March 11, Egypt's Minister of State for Foreign Affairs, Boutros Ghali, said. "+
		"He told reporters that the meeting had been agreed.")
	for _, sp := range doc.Speakers {
		if sp.Kind == pipeline.Org {
			t.Errorf("a title read as an institution: %q\n%s", sp.Name, render(doc))
		}
	}
}

// TestAffiliationTrimmed: an affiliation ends with the institution's
// name, before a relative clause, an aside after a dash, a verb, or a
// bracket left open.
func TestAffiliationTrimmed(t *testing.T) {
	tests := []struct{ aff, want string }{
		{"BT Wholesale which provides phone lines", "BT Wholesale"},
		{"Delft University of Technology who studies networks", "Delft University of Technology"},
		{"Highland Gold - a mining firm", "Highland Gold"},
		{"Commons security committee and was part of the inquiry", "Commons security committee"},
		{"PaineWebber Group Inc. He said the arguments were weak", "PaineWebber Group Inc."},
		{"Nikko Securities Co. Ltd", "Nikko Securities Co. Ltd"},
		{"British Medical Association (BMA", "British Medical Association"},
		{"Social Democratic Party (SDP)", "Social Democratic Party (SDP)"},
		{"Reserve Bank of Australia", "Reserve Bank of Australia"},
		{"Goldman Sachs Inc and a former senior U.S. economist", "Goldman Sachs Inc"},
		{"School of Management and director of the Roundtable Survey", "School of Management"},
		{"OECD's economics and statistics department", "OECD's economics and statistics department"},
		{"House Energy and Commerce Committee", "House Energy and Commerce Committee"},
		{"Beijing Municipal Commission for Development and Reform quoted in the China Daily", "Beijing Municipal Commission for Development and Reform"},
		{"Washington-based Atlantic Council", "Atlantic Council"},
		{"Hamburg-based newsletter Oil World", "Oil World"},
		{"consulting group MEPS", "MEPS"},
		{"game developer Krome Studios", "Krome Studios"},
		{"Commerzbank AG's foreign exchange trading and treasury department", "Commerzbank AG's foreign exchange trading and treasury department"},
		{"Center for Free Enterprise at Texas A and M University", "Center for Free Enterprise at Texas A and M University"},
		{"Jewish human rights group the Simon Wiesenthal Center", "Jewish human rights group the Simon Wiesenthal Center"},
	}
	lx, err := ParseLexicon("default", defaultLexicon)
	if err != nil {
		t.Fatal(err)
	}
	a := newAnnotator(lx, &pipeline.Document{})
	for _, tt := range tests {
		if got := a.trimAffiliation(tt.aff); got != tt.want {
			t.Errorf("trimAffiliation(%q) = %q, want %q", tt.aff, got, tt.want)
		}
	}
	// offices whose "of" phrase is no institution stay whole
	for in, want := range map[string]string{
		"U.S. Secretary|State":         "U.S. Secretary of State",
		"Minister|State for Finance":   "Minister of State for Finance",
		"White House Chief|Staff":      "White House Chief of Staff",
		"British Chancellor|Exchequer": "British Chancellor of the Exchequer",
	} {
		role, aff, _ := strings.Cut(in, "|")
		roles, affs := officeOf([]string{role}, []string{aff})
		if len(roles) != 1 || roles[0] != want || len(affs) != 0 {
			t.Errorf("officeOf(%q, %q) = %q, %q; want %q", role, aff, roles, affs, want)
		}
	}
	doc := analyse(t, "Sales rose.\n\n\"Rates will fall,\" said Ann Cole, an analyst at BT Wholesale which provides phone lines.")
	if len(doc.Speakers) != 1 || !slices.Equal(doc.Speakers[0].Affiliations, []string{"BT Wholesale"}) {
		t.Errorf("affiliations, want BT Wholesale\n%s", render(doc))
	}
}

// TestInstitutionNames: names of institutions with "and", a possessive or
// a title inside are read whole; a pronoun's speaker named before is a
// person's name, not a figure's unit ("U.S. Dlrs") or an office's tail.
func TestInstitutionNames(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"and inside a ministry's name", "Exports fell sharply in March, the Department of Trade and Industry said on Monday.", "Department of Trade and Industry"},
		{"and inside an organisation's name", "Growth will slow next year, the Organisation for Economic Cooperation and Development said.", "Organisation for Economic Cooperation and Development"},
		{"possessive in a newspaper's name", "The People's Daily said Henan is suffering from a bad drought this year.", "People's Daily"},
		{"title before a common word", "General Motors said it will offer a special finance rate to buyers.", "General Motors"},
		{"title before a surname", "President Bush said taxes would fall next year.", "Bush"},
		{"possessor and person", "The BBC's Paul Reynolds said the talks would fail.", "Paul Reynolds"},
		{"two firms", "General Dynamics Corp and Martin Marietta said the merger would close soon.", "Martin Marietta"},
		{"office before the name", "Chancellor of the Exchequer Nigel Lawson met bankers on Monday.\n\n\"We will cut rates,\" he said.", "Nigel Lawson"},
		{"possessive name", "Moody's said it assigned a AA2 rating to the bonds.", "Moody's"},
		{"possessive name of partners", "Standard and Poor's said it lowered its rating on the debt.", "Standard and Poor's"},
		{"participle's phrase", "NCR Corp, earlier reporting higher first quarter profit, said it continues to expect record earnings.", "NCR Corp"},
		{"asked about", "Trade talks resumed. Finance Minister Ann Cole, asked about the plan, said it would fail next year.", "Ann Cole"},
		{"quantity", "Tanjug said over 19,000 products will be affected.", "Tanjug"},
		{"added and a clause", "Eurofer added the industry would need the support of the Commission.", "Eurofer"},
		{"administration named after its leader", "Sales rose. The Reagan administration said it would veto the bill this week.", "Reagan administration"},
		{"people described at a firm", "Sales rose. Analysts at Goldman Sachs said sterling could fall further.", ""},
		{"spokesman for an institution", "Sales rose. A spokesman for the Foreign Ministry said talks would resume.", "Foreign Ministry"},
		{"spokesman for a person", "Sales rose. A spokesman for Michael Howard said the plan was fair.", ""},
		{"particles inside a name", "Banks will need more freedom by 1992, bank president Eric de Villegas de Clercamp told a news conference.", "Eric de Villegas de Clercamp"},
		{"two particles", "Sales rose. Economy Minister Guillermo de la Dehesa said the deficit would fall.", "Guillermo de la Dehesa"},
		{"a ticker inside the title", "Banks will need more freedom by 1992, Generale de Banque SA &lt;GENB.BR> president Eric Villegas told a news conference.", "Eric Villegas"},
		{"unclosed apposition before a firm", "Sales rose. Theodore Brophy, chairman of GTE Corp said, \"we expect losses to diminish.\"", "Theodore Brophy"},
		{"unclosed apposition before a committee", "Sales rose. Winthrop Knowlton, chairman of the special committee said no decision had been made.", "Winthrop Knowlton"},
		{"a unit is no name", "Bangladesh will receive 47 mln U.S. Dlrs this year, and 759 mln dlrs since 1972.\n\n\"We need more,\" he said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			got := ""
			if n := len(doc.Statements); n > 0 && doc.Statements[n-1].Speaker >= 0 {
				got = doc.Speakers[doc.Statements[n-1].Speaker].Name
			}
			if got != tt.want || len(doc.Statements) == 0 {
				t.Errorf("speaker %q, want %q\n%s", got, tt.want, render(doc))
			}
		})
	}
}

// TestToldAudience: a verb of telling takes its audience, then a clause
// without "that", and a verb of saying a short phrase of time, place or
// channel; with no clause after them there is nothing reported.
func TestToldAudience(t *testing.T) {
	for text, want := range map[string]string{
		"Trade talks resumed. Smith told reporters tariffs would fall.":                                              "tariffs would fall.",
		"Trade talks resumed. Smith told Reuters the bank would cut rates.":                                          "the bank would cut rates.",
		"Trade talks resumed. Smith told a news conference the plan was dead.":                                       "the plan was dead.",
		"Trade talks resumed. Smith told him the plan was dead.":                                                     "the plan was dead.",
		"Trade talks resumed. Smith told CNN in August.":                                                             "",
		"Trade talks resumed. Norsk Data said in August it expected a profit.":                                       "it expected a profit.",
		"Trade talks resumed. The bank said in a statement it would cut rates.":                                      "it would cut rates.",
		"Trade talks resumed. Smith said on Monday the talks had failed.":                                            "the talks had failed.",
		"Trade talks resumed. Smith told reporters on Friday the vote would be fair.":                                "the vote would be fair.",
		"Trade talks resumed. Smith said in Paris.":                                                                  "",
		"Trade talks resumed. IEP told the Stock Exchange it now holds 36 mln shares.":                               "it now holds 36 mln shares.",
		"Venezuela will limit new loans to 50 pct of the interest, President Jaime Lusinchi told political leaders.": "Venezuela will limit new loans to 50 pct of the interest",
		"Trade talks resumed. Harley-Davidson said it no longer needed tariff relief.":                               "it no longer needed tariff relief.",
		"Trade talks resumed. Another said the central bank seemed to push the dollar up.":                           "the central bank seemed to push the dollar up.",
		"Trade talks resumed. All previously announced conditions remain in effect.":                                 "",
		"Trade talks resumed. Galactic's previously announced accounting change will lower charges.":                 "",
		"Trade talks resumed. Moody's also said it expects strong earnings this year.":                               "it expects strong earnings this year.",
	} {
		doc := analyse(t, text)
		got := ""
		for _, st := range doc.Statements {
			got = st.Span.In(doc.Text)
		}
		if got != want {
			t.Errorf("%q: statement %q, want %q\n%s", text, got, want, render(doc))
		}
	}
}

// TestWhileClause: ", while X warned that ..." ends the statement before
// it and opens X's own.
func TestWhileClause(t *testing.T) {
	doc := analyse(t, "Trade talks resumed. Analysts at Goldman Sachs said sterling could fall further, while the Bank of England warned that inflation would rise.")
	var got []string
	for _, st := range doc.Statements {
		got = append(got, st.Span.In(doc.Text))
	}
	if want := "sterling could fall further|inflation would rise."; strings.Join(got, "|") != want {
		t.Errorf("statements %q, want %q\n%s", got, want, render(doc))
	}
}

// TestRelativeWho: a relative clause's statement belongs to the person it
// hangs from, or to nobody named when it hangs from a group, and ends at
// the comma that closes it. Someone described, not named, speaks in one
// with a verb of speech proper, when the clause ends between commas or
// with the sentence; not with a verb of belief or one that takes an
// object, nor inside a subject, nor for an institution. (A speaker
// nobody named is given by the words that describe them.)
func TestRelativeWho(t *testing.T) {
	for text, want := range map[string]string{
		"Sales rose. McConnell, who in 2010 said the goal was to beat Obama, spoke on Monday.":                       "McConnell: the goal was to beat Obama",
		"Sales rose. May faced lawmakers in her Conservative Party, who said her plan would damage the economy.":     "lawmakers in her Conservative Party: her plan would damage the economy.",
		"Guinness has challenged a payment to a U.S. lawyer who says he organised its takeover.":                     "a U.S. lawyer: he organised its takeover.",
		"Iran was not deterred, according to U.S. defense officials, who said Iranian forces used Chinese missiles.": "U.S. defense officials: Iran was not deterred|U.S. defense officials: Iranian forces used Chinese missiles.",
		"Martin Mubanga, who insists he does not feel bitter, said: \"I was held for three years.\"":                 "Martin Mubanga: he does not feel bitter|Martin Mubanga: I was held for three years.",
		"Baker, when asked about a senior official who said he thought the yen was undervalued, replied, \"No.\"":    "a senior official: he thought the yen was undervalued",
		"The first voter who said the plan would fail was ignored.":                                                  "",
		"Virus writers found people who write computer viruses because it is so easy.":                               "",
		"Sharpton took calls from listeners to his radio program who said they had misgivings about her.":            "",
	} {
		doc := analyse(t, text)
		var got []string
		for _, st := range doc.Statements {
			who := speakerName(doc, st)
			if who == "" {
				who = st.SpeakerText
			}
			got = append(got, who+": "+st.Span.In(doc.Text))
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: statements %q, want %q\n%s", text, got, want, render(doc))
		}
	}
}

// TestWhoClauseRoles: a relative clause about the speaker gives a role
// and an affiliation as an apposition does.
func TestWhoClauseRoles(t *testing.T) {
	for text, want := range map[string]string{
		"Sales rose. Zhanbolat Mamay, who leads the unregistered Democratic Party, told RFE/RL that his supporters had been barred.": "leader|Democratic Party",
		"Sales rose. Erkin Tukumov, who is director of KISI, said reforms would go on.":                                              "director|KISI",
		"Sales rose. Erkin Tukumov, who spoke in Almaty, said reforms would go on.":                                                  "|",
	} {
		doc := analyse(t, text)
		if len(doc.Speakers) != 1 {
			t.Fatalf("%q: %d speakers\n%s", text, len(doc.Speakers), render(doc))
		}
		sp := doc.Speakers[0]
		if got := strings.Join(sp.Roles, ",") + "|" + strings.Join(sp.Affiliations, ","); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// TestTranscript checks that the turns of an interview transcript are
// direct statements of the people the labels name.
func TestTranscript(t *testing.T) {
	text := "Fox News host Chris Wallace interviewed Gov. Mike Pence on Sunday. Partial transcript as follows:\n\n" +
		"\"WALLACE: Will Gennifer Flowers be there tomorrow night?\n\n" +
		"\"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.” But this is America, Chris.\n\n" +
		"\"But the truth is that the choice is serious, the voters said.\n\n" +
		"\"(CROSSTALK.)\n\n" +
		"\"WALLACE: If I may, sir, we have limited time.\n\n" +
		"UPDATE: The debate starts at nine.\n"
	doc := analyse(t, text)
	var got []string
	for _, st := range doc.Statements {
		got = append(got, st.Kind+" "+st.Cue+" "+speakerName(doc, st)+": "+st.Span.In(doc.Text))
	}
	want := []string{
		"direct transcript Chris Wallace: Will Gennifer Flowers be there tomorrow night?",
		"direct transcript Mike Pence: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.” But this is America, Chris.\n\n" +
			"\"But the truth is that the choice is serious, the voters said.",
		"direct transcript Chris Wallace: If I may, sir, we have limited time.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), render(doc))
	}
	// Headings in capitals are no transcript.
	doc = analyse(t, "UPDATE: The vote was held on Friday.\n\nNOTE: Turnout was low.\n\nCLARIFICATION: An earlier version erred.\n")
	if len(doc.Statements) != 0 {
		t.Errorf("headings read as turns:\n%s", render(doc))
	}
}

// TestFirmsNamedAfterPeople checks that a firm named after people speaks
// as an institution, so that "he" does not go back to it.
func TestFirmsNamedAfterPeople(t *testing.T) {
	doc := analyse(t, "Merrill Lynch said the unit would be sold. Ann Cole, an analyst, said prices would fall. He said more.")
	for _, sp := range doc.Speakers {
		if sp.Name == "Merrill Lynch" && sp.Kind != pipeline.Org {
			t.Errorf("Merrill Lynch is a %s\n%s", sp.Kind, render(doc))
		}
	}
	if st := doc.Statements[len(doc.Statements)-1]; speakerName(doc, st) == "Merrill Lynch" {
		t.Errorf("\"he\" went back to a firm\n%s", render(doc))
	}
}

// TestInstitutionHead checks that an institution's head word alone ("the
// Bank") is the one institution with that head quoted before.
func TestInstitutionHead(t *testing.T) {
	doc := analyse(t, "Rates will fall, the Reserve Bank of Australia said on Monday. The Bank said it would act again.")
	if len(doc.Speakers) != 1 || len(doc.Statements) != 2 {
		t.Errorf("want one speaker for two statements\n%s", render(doc))
	}
}

// TestOfficeAbbreviations checks that an abbreviated office before a
// name is a role, not part of the speaker's name.
func TestOfficeAbbreviations(t *testing.T) {
	doc := analyse(t, "Sen. Elizabeth Warren said the bank had failed its customers. Warren added that it must pay. "+
		"Lt. Gov. Ann Smith said the state would act.")
	var got []string
	for _, sp := range doc.Speakers {
		got = append(got, sp.Name+"|"+strings.Join(sp.Roles, ","))
	}
	want := "Elizabeth Warren|senator Ann Smith|lieutenant,governor"
	if strings.Join(got, " ") != want {
		t.Errorf("speakers %q, want %q\n%s", got, want, render(doc))
	}
}

// TestSpeakerPhrases checks the speaker as written and as resolved in
// the last statement of wire-copy sentences whose subject is more than a
// name: relative clauses, "of" phrases, numbers in names, titles whose
// closing comma is left out.
func TestSpeakerPhrases(t *testing.T) {
	tests := []struct{ name, text, written, speaker string }{
		{"surname the tagger read as a gerund", "Sales rose.\n\nRuding said he was reflecting a feeling within the two institutions.", "Ruding", "Ruding"},
		{"number in a name", "Sales rose.\n\nEnvironmental group Transport 2000 said the freeze sends the wrong message to motorists.", "Transport 2000", "Transport 2000"},
		{"month abbreviation is no name", "Sales rose.\n\nThe company on Nov. 17 said it would pay 15 dlrs a share for the stock.", "The company", ""},
		{"descriptor before a relative clause", "Sales rose.\n\nTalks on the tank are going on, one Pentagon official, who asked not to be identified, told Reuters.", "one Pentagon official", ""},
		{"head noun before of", "Sales rose.\n\nThe number of shares outstanding will increase to 10.2 mln, the maker of industrial equipment said.", "the maker of industrial equipment", ""},
		{"one of a group", "Sales rose.\n\nThe missile option is on hold now, one of the Pentagon officials said.", "one of the Pentagon officials", ""},
		{"members of an institution", "Sales rose.\n\nOther members of Congress said the program sends a terrible message.", "Other members of Congress", ""},
		{"participle in the tail", "Sales rose.\n\nJapan's economy remains sluggish, the Economic Planning Agency said in a monthly report submitted to Cabinet ministers.", "Economic Planning Agency", "Economic Planning Agency"},
		{"relative clause after a quotation", "Sales rose.\n\n\"We have been talking about the tank,\" one Pentagon official, who asked not to be identified, told Reuters.", "one Pentagon official", ""},
		{"lower-case title the tagger read as a verb", "Sales rose.\n\nThere is no question of relying on a deficit, sources close to finance minister Edouard Balladur said.", "sources close to finance minister Edouard Balladur", ""},
		{"participle after the head", "Sales rose.\n\nThe sale of the stake is still expected this month, banking sources closely linked with the transaction said.", "banking sources closely linked with the transaction", ""},
		{"participle and by", "Sales rose.\n\nThe current account deficit is expected to narrow, market economists polled by Reuters said.", "market economists polled by Reuters", ""},
		{"descriptor and name after the content", "Sales rose.\n\nThe debt crisis requires open markets, the president of the association, Wolfgang Roeller, said.", "Wolfgang Roeller", "Wolfgang Roeller"},
		{"relative clause after an inverted cue", "Sales rose.\n\nThe teams are trying to set up an informal meeting, said John Owens, spokesman for United Steelworkers, which is one of three locals.", "John Owens", "John Owens"},
		{"participle used as an adjective", "Sales rose.\n\nThe government has no plans to raise the price of maize, an official of the ruling party said.", "an official of the ruling party", ""},
		{"noun read as a verb before a name", "Sales rose.\n\nConsumer prices rose 0.4 pct in March, the national statistics institute Istat said.", "Istat", "Istat"},
		{"plural noun read as a verb", "Sales rose.\n\nThe council failed to agree on how to set coffee export quotas, ICO delegates said.", "ICO delegates", ""},
		{"plural possessive inside a name", "Sales rose.\n\nNet receipts in February were 472 mln stg, the Building Societies' Association said.", "Building Societies' Association", "Building Societies' Association"},
		{"plural possessive before a person", "Sales rose.\n\nThere is no reason for the Fed to tighten, Data Resources' Wyss said.", "Wyss", "Wyss"},
		{"aide to someone", "Sales rose.\n\nTalks will resume in July, an aide to USDA undersecretary Daniel Amstutz said.", "an aide to USDA undersecretary Daniel Amstutz", ""},
		{"tail with as", "Sales rose.\n\nGillette Canada Inc is issuing a 70 mln stg bond due 1993, Morgan Stanley Ltd said as lead manager.", "Morgan Stanley Ltd", "Morgan Stanley Ltd"},
		{"stray comma after a name", "Sales rose.\n\nWilliam Siedenburg of Smith Barney Harris Upham and Co, said Phelps has lowered costs.", "William Siedenburg", "William Siedenburg"},
		{"stray comma after a ticker", "Sales rose.\n\nA spokesman for Hitachi Ltd &lt;HIT.T>, said the firm's reduced output was unrelated to MITI's efforts.", "A spokesman for Hitachi Ltd", "Hitachi Ltd"},
		{"share owned by a parent", "Sales rose.\n\nLabatt, 38 pct-owned by Brascan Ltd &lt;BRS.A>, said Brascan's unit agreed to acquire the debentures.", "Labatt", "Labatt"},
		{"noun modifier read as a verb", "Sales rose.\n\nThe company plans to dismiss 140 of its workforce, Dutch labour federation FNV spokesman Frank Koolen said.", "Frank Koolen", "Frank Koolen"},
		{"lower-case plural possessive", "Sales rose.\n\nSome 10 Indian ships have been held up at Calcutta port, a spokesman for the shipowners' association INSA said.", "a spokesman for the shipowners' association INSA", "INSA"},
		{"reuters in lower case", "Sales rose.\n\nThe quake triggered landslides in Napo province, health minister Jorge Brancho told reuters.", "Jorge Brancho", "Jorge Brancho"},
		{"firm in brackets", "Sales rose.\n\n(Sportscene Restaurants Inc) said it acquired a cafe chain with ten franchises.", "Sportscene Restaurants Inc", "Sportscene Restaurants Inc"},
		{"party member in an apposition", "Sales rose.\n\nRostenkowski, an Illinois Democrat, told Reuters that such a tax could impair the business.", "Rostenkowski", "Rostenkowski"},
		{"singular of a group noun", "Sales rose.\n\nThe sentiment is of \"wait and see\" on rate cuts, a dealer for a major French bank said.", "a dealer for a major French bank", ""},
		{"long tail opening with a preposition", "Sales rose.\n\nThe Cuban economy is going through a difficult period, Castro said in a published weekend speech delivered to a youth congress.", "Castro", "Castro"},
		{"surname the tagger read as a gerund, a common word", "Sales rose.\n\nKing said as part of the settlement, Otari must pay a royalty to King.", "King", "King"},
		{"title of an institution with its acronym", "Sales rose.\n\nUganda was disappointed by the stalemate, the chairman of the state-run Coffee Marketing Board, CMB, said.", "the chairman of the state-run Coffee Marketing Board", ""},
		{"a draft of a report", "Sales rose.\n\nFaulty repair work was a contributary cause to the crash, the final draft of a Ministry of Transport report says.", "the final draft of a Ministry of Transport report", ""},
		{"apposition with a participle after an inverted cue", "Sales rose.\n\nThe clear cause of the crash was faulty repair work, said Shun Takeda, the ministry of transport official leading the investigation.", "Shun Takeda", "Shun Takeda"},
		{"surname that is also a title", "Sales rose.\n\nDean, a former party chairman and presidential candidate, poked at his rival during the debate, tweeting, \"Notice him sniffing all the time.\"", "Dean", "Dean"},
		{"according to before a clause with a participle", "Sales rose.\n\nAccording to Multifoods, the actions proposed by Bregman Partners would prevent shareholders from selling.", "Multifoods", "Multifoods"},
		{"apposition opening with a verb-like noun", "Sales rose.\n\nDan Jolin, reviews editor of Empire magazine, says classic children's TV shows have a built-in audience.", "Dan Jolin", "Dan Jolin"},
		{"apposition opening with a participle", "Sales rose.\n\nMr Saakashvili, elected president in January after Mr Shevardnadze was toppled, has urged the Parliament to approve the amnesty.", "Mr Saakashvili", "Mr Saakashvili"},
		{"apposition with a participle as adjective", "Sales rose.\n\nDieter Sigmar, a leading U.S. Fusion researcher, said last month that the plant would cost billions.", "Dieter Sigmar", "Dieter Sigmar"},
		{"participle after a noun opening the sentence", "Sales rose.\n\nEconomists polled by Reuters said that M-1 would rise by three billion dlrs.", "Economists polled by Reuters", ""},
		{"participle in a firm's descriptor", "Sales rose.\n\nThe deal is expected to close in the second quarter, the bank holding company said.", "the bank holding company", ""},
		{"participle before a noun opening the subject", "Sales rose.\n\nAcme Finance Ltd, a joint venture between two banks, is planning a 200 mln dlr certificate of deposit issue, banking sources said.", "banking sources", ""},
		{"participle before an adjective", "Sales rose.\n\nMergers have had only a modest effect on the area's economy, a leading business-backed organization said.", "a leading business-backed organization", ""},
		{"nouns joined before a firm's head", "Sales rose.\n\nThe underwriters sold the shares at 22.50 dlrs a share, the minerals and energy company said.", "the minerals and energy company", ""},
		{"firm in angle brackets before an apposition", "Sales rose.\n\nFrench machinery maker &lt;Poclain>, 40 pct owned by &lt;Tenneco Inc>, said it will raise its capital to 791 mln francs.", "Poclain", "Poclain"},
		{"adverb and participle in an apposition", "Sales rose.\n\n&lt;City Resources (Asia) Ltd>, a locally listed unit of Australian based &lt;City Resources Ltd>, said it acquired an option to buy mining rights.", "City Resources (Asia) Ltd", "City Resources (Asia) Ltd"},
		{"a time adverb before the subject", "Sales rose.\n\nYesterday Robert Ortner said he thought the yen was undervalued.", "Robert Ortner", "Robert Ortner"},
		{"a title with a prefix and a long apposition", "Sales rose.\n\nThe new financing package should be completed quickly, said Jorge Gonzalez, undersecretary for external debt in the economics ministry.", "Jorge Gonzalez", "Jorge Gonzalez"},
		{"a noun modifier read as a verb after a comma", "Sales rose.\n\nMidwest cash soybean meal basis values were steady, with more active trade beginning to emerge, soy product dealers said.", "soy product dealers", ""},
		{"an audience and a participle's phrase before that", "Sales rose.\n\nRostenkowski, an Illinois Democrat, told Reuters before addressing the Future Industry Association that such a tax could impair the business.", "Rostenkowski", "Rostenkowski"},
		{"a state's abbreviation after a name's place", "Sales rose.\n\nInvestor David F. La Roche of North Kingstown, R.I., said he is offering to purchase 170,000 common shares of NECO Enterprises Inc.", "La Roche", "La Roche"},
		{"adjectives joined before people", "Sales rose.\n\nA secondary market for farm loans could be set up this year, Congressional and financial sources said.", "Congressional and financial sources", ""},
		{"adjectives joined before people in a place", "Sales rose.\n\nWestern diplomatic and official sources in Khartoum say 32 pct of the foreign debt is to the Soviet Union.", "Western diplomatic and official sources in Khartoum", ""},
		{"another name for an institution", "Sales rose.\n\nMalaysia's Central Bank, Bank Negara, said the economic outlook for 1987 is good.", "Malaysia's Central Bank", "Malaysia's Central Bank"},
		{"a firm's name opening with a title word", "Sales rose.\n\nGeneral Motors of Canada Ltd, wholly owned by General Motors Corp, said it is planning a retooling of its plant.", "General Motors of Canada Ltd", "General Motors of Canada Ltd"},
		{"a role with a prefix in an apposition", "Sales rose.\n\nAny decision to liberalise farm trade would hurt the tapioca industry, said Ammar Siamwalla, an agro-economist at the Thailand Development Research Institute.", "Ammar Siamwalla", "Ammar Siamwalla"},
		{"title of a longer institution, comma left out", "Sales rose.\n\nThe share crash was exaggerated, Wolfgang Roeller, president of the West German banking association BDB said in a statement.", "Wolfgang Roeller", "Wolfgang Roeller"},
		{"a participle read as a past tense before a phrase of place", "Sales rose.\n\nThe Iranian news agency IRNA, received in London, said the offensive began before dawn.", "IRNA", "IRNA"},
		{"a party member of a state", "Sales rose.\n\nHouse Speaker James Wright, a Democrat of Texas, has said a tax on securities transactions could help reduce the deficit.", "James Wright", "James Wright"},
		{"an adverb before an apposition's phrase", "Sales rose.\n\nFinance Minister Dilson Funaro, currently on an international tour to seek support, said creditors have expressed willingness to help.", "Dilson Funaro", "Dilson Funaro"},
		{"a conjunction before the subject and its aside", "Sales rose.\n\nBut the senior officials, asking not to be identified, said that Ottawa was not considering any limits.", "the senior officials", ""},
		{"an inverted cue and a speaker's relative clause", "Sales rose.\n\nThe loan carries interest pegged to the prime rate, now at around five pct per annum, said the official who declined to be named.", "the official", ""},
		{"not an inverted cue before a relative clause and a verb", "Sales rose.\n\nAmerican Homes, whose stock halted at 7-3/4, said the only executive who could release the news would not be available until then.", "American Homes", "American Homes"},
		{"lower-case stock symbol", "Sales rose.\n\nBanks of Iowa Inc &lt;biow> said it has sold 254,608 common shares to a group of investors.", "Banks of Iowa Inc", "Banks of Iowa Inc"},
		{"president of a firm, comma left out", "Sales rose.\n\n\"Reserves exceed 500 billion barrels,\" Juan Chacin Guzman, President of Petroleos de Venezuela told the congress.", "Juan Chacin Guzman", "Juan Chacin Guzman"},
		{"not a title of a place before a comma", "Sales rose.\n\nIn a speech today in the northeast city of Dalian, U.S. Secretary of State George Shultz said his country welcomed the talks.", "George Shultz", "George Shultz"},
		{"title of several words, comma left out", "Sales rose.\n\nRefco Inc did not halt trading today, John O'Connell, assistant vice president of research told Reuters.", "John O'Connell", "John O'Connell"},
		{"a former official of an institution is not the institution", "Sales rose.\n\n\"The new mine represents large amounts of money,\" said a former official of Sedren Mine.", "a former official of Sedren Mine", ""},
		{"a member of a body is not the body", "Sales rose.\n\nAn unidentified Alberta member of Parliament said the plan will include drilling incentives.", "An unidentified Alberta member of Parliament", ""},
		{"a spokesman of an institution speaks for it", "Sales rose.\n\nA spokesman of the Ministry of Trade said the protocol would affect textile trade.", "A spokesman of the Ministry of Trade", "Ministry of Trade"},
		{"the holder's name after a title and an institution stays the speaker", "Sales rose.\n\nThe director of the Office of Management and Budget James Miller warned that a tax increase would hurt growth.", "James Miller", "James Miller"},
		{"a title with its article, comma left out, keeps the name", "Sales rose.\n\nMark Serwotka, the leader of the Public and Commercial Services Union said the budget was a bonfire of jobs.", "Mark Serwotka", "Mark Serwotka"},
		{"titles joined by and, comma left out", "Sales rose.\n\nArkadi Kuhlmann, president and chief executive officer of Deak International said the purchase will expand its operations.", "Arkadi Kuhlmann", "Arkadi Kuhlmann"},
		{"a managing director, comma left out", "Sales rose.\n\nThe firm has not filed for protection, Robert Conway, managing director of Goldman Sachs International Corp said.", "Robert Conway", "Robert Conway"},
		{"name and title without commas", "Sales rose.\n\nPrices will rise this year, Mike Boswell chairman of Sunshine Mining Co told Reuters in an interview.", "Mike Boswell", "Mike Boswell"},
		{"a title without article after the content, then the name", "Sales rose.\n\nExports will rise this year, managing director of the Australian Meat and Livestock Corp, Peter Frawley, said.", "Peter Frawley", "Peter Frawley"},
		{"an institution named again after a title", "Sales rose.\n\nBut, Hans Reckers, a board member of Germany's central bank, the Bundesbank, said that cash trading should remain in Frankfurt.", "Hans Reckers", "Hans Reckers"},
		{"a title and an acronym after a name keep the name", "Sales rose.\n\nJuan Lechin Oquendo, the veteran secretary general of the Bolivian Labour Organization, COB, told reporters the strike would go on.", "Juan Lechin Oquendo", "Juan Lechin Oquendo"},
		{"the Arabic article in a name", "Sales rose.\n\nThe chairman of the Kuwait Chamber of Commerce and Industry, Abdul-Aziz al-Saqr, said the visitors had submitted 40 proposals.", "Abdul-Aziz al-Saqr", "Abdul-Aziz al-Saqr"},
		{"a title as the field of a department keeps the name whole", "Sales rose.\n\nThe US Department of Justice said both men pleaded guilty to one count of conspiracy.", "US Department of Justice", "US Department of Justice"},
		{"a weekday before a surname is no given name", "Sales rose.\n\nParty leader Charles Kennedy has begun a tour. On Tuesday Mr Kennedy will visit Liverpool. Mr Kennedy said the election would be close.", "Mr Kennedy", "Charles Kennedy"},
		{"a surname quoted before the full name", "Sales rose.\n\n\"I feel good,\" Holmes said.\n\nOlympic champion Kelly Holmes won the race in Birmingham this month.", "Holmes", "Kelly Holmes"},
		{"a person's surname quoted before a full name of no given name", "Sales rose.\n\n\"We need goals,\" Wenger said. He added that the club would spend.\n\nArsenal manager Arsene Wenger is looking for a striker this month.", "He", "Arsene Wenger"},
		{"a surname stays when the full name is of another gender", "Sales rose.\n\n\"We will go,\" Mrs Reagan said.\n\nRonald Reagan is in California this month.", "Mrs Reagan", "Mrs Reagan"},
		{"a surname stays when the name opens with a rank", "Sales rose.\n\n\"We will go,\" Musharraf said.\n\nGen Musharraf is in Delhi this month.", "Musharraf", "Musharraf"},
		{"a given name the tagger reads as an adjective", "Sales rose.\n\n\"The scrum is a force,\" White said.\n\nJulian White is expecting a hard game in Cardiff this month.", "White", "Julian White"},
		{"a title without article after a name, comma left out", "Sales rose.\n\nA bonus was awarded to Continental Grain Co on the shipment, Melvin Sims, USDA general sales manager said.", "Melvin Sims", "Melvin Sims"},
		{"a title of a described institution after a name, comma left out", "Sales rose.\n\nRebel raids endanger the oil bonanza, Franciso Chona, manager of the state-run oil company Ecopetrol said.", "Franciso Chona", "Franciso Chona"},
		{"a title with a plural possessive after a name, comma left out", "Sales rose.\n\nThe dairy regime is too complicated, Abele Kuypers, secretary of the Dutch farmers' organisation Landbouwschap said.", "Abele Kuypers", "Abele Kuypers"},
		{"not a place before a spokeswoman", "Sales rose.\n\nChemical Bank is closing its office in Dubai, United Arab Emirates, a spokeswoman said.", "a spokeswoman", ""},
		{"a surname that is a role after an honorific", "Sales rose.\n\n\"We master movies at 1.2 gigabits a second,\" says Mr Dean.", "Mr Dean", "Mr Dean"},
		{"a firm's name ending in General", "Sales rose.\n\nData General said it was not convinced that the market had emerged from a slump.", "Data General", "Data General"},
		{"a firm's short name ending in General after its full name", "Data General Corp said it raised its prices.\n\nData General said it was not convinced that the market had emerged from a slump.", "Data General", "Data General Corp"},
		{"an office ending in General stays no name", "Sales rose.\n\nThe U.N. Secretary General said the talks had failed.", "The U.N. Secretary General", ""},
		{"a title with its article after a person's name, comma left out, stays the person's", "Sales rose.\n\nThe measure was taken for security reasons, Scott Stanzel, a spokesman for the campaign said.", "Scott Stanzel", "Scott Stanzel"},
		{"a title ending in a town and its state, comma left out", "Sales rose.\n\nPrices will fall this spring, Gary Chapmann, an analyst for Chapmann and Graham in Sioux City, Iowa said.", "Gary Chapmann", "Gary Chapmann"},
		{"an initial inside a name after an inverted cue", "Sales rose.\n\n\"We want to be to imaging what IBM is to data,\" said Edgar J. Greco.", "Edgar J. Greco", "Edgar J. Greco"},
		{"a title and an initial after an inverted cue", "Sales rose.\n\n\"Digging the ground is a task,\" said Mr R. Sridharan, vice president of networks at Tata.", "Mr R. Sridharan", "Mr R. Sridharan"},
		{"an initial inside a firm's name after of keeps the person", "Sales rose.\n\n\"Prices will fall,\" said analyst Carole Berger of Cyrus J. Lawrence Inc, referring to Brazil.", "Carole Berger", "Carole Berger"},
		{"a tail of place after a postposed cue", "Sales rose.\n\nThe proposal amounts to a debt restructuring, oil analyst Doug Gowland said from Toronto.", "Doug Gowland", "Doug Gowland"},
		{"a quotation and its cue with the comma left out", "Sales rose.\n\n\"Prices fell sharply this week\" Smith said.", "Smith", "Smith"},
		{"a cue the tagger read as a noun after a quotation", "Sales rose.\n\n\"I wish I was playing for Real Madrid,\" the 21-year-old told Cadena Cope.", "the 21-year-old", ""},
		{"a quotation ending the content before an inverted cue, comma left out", "Sales rose.\n\n2004 was a \"stellar year\" said Roger Bennett, director general of Elspa.", "Roger Bennett", "Roger Bennett"},
		{"a name before a title with plural modifiers after a quotation", "Sales rose.\n\n\"HD support is mandatory,\" Dr Mark Tuffy games systems director at digital content firm THX told the BBC.", "Dr Mark Tuffy", "Dr Mark Tuffy"},
		{"a name right after a title's place", "Sales rose.\n\nWorld Bank director for Latin America and the Caribbean Rainer Steckhan said debtor nations would negotiate.", "Rainer Steckhan", "Rainer Steckhan"},
		{"a name right after a title's institution stays the speaker", "Sales rose.\n\nOil prices could fall, senior oilseeds analyst for Merrill Lynch Capital Markets Mario Balletto said.", "Mario Balletto", "Mario Balletto"},
		{"an aide before the person aided stays the speaker", "Sales rose.\n\nTony Proffitt, an aide to State Comptroller Bob Bullock said, \"Bullock is opposed to an income tax.\"", "Tony Proffitt", "Tony Proffitt"},
		{"a title after a person's name", "Sales rose.\n\nTory frontbencher Andrew Tyrie MP demanded a statement. He said the plan would fail.", "He", "Andrew Tyrie MP"},
		{"a party's member stays no name", "Sales rose.\n\nThe Labour MP said the plan would fail.", "The Labour MP", ""},
		{"a surname of two words after the full name", "Sales rose.\n\nFinance Minister Antonio Ortiz Mena said the debt would fall. Ortiz Mena said the talks would go on.", "Ortiz Mena", "Antonio Ortiz Mena"},
		{"a courtesy title after a place opens the name", "Sales rose.\n\nCharles Kennedy spoke first.\n\nSpeaking in Harrogate Mr Kennedy said the tax would rise.", "Mr Kennedy", "Charles Kennedy"},
		{"a title and a surname of two words after the full name", "Sales rose.\n\nCamilla Parker Bowles said the wedding would be small. Mrs Parker Bowles said it would be in Windsor.", "Mrs Parker Bowles", "Camilla Parker Bowles"},
		{"an honorific and a surname after the full name with the honorific", "Sales rose.\n\nBaroness Susan Greenfield said the brain was plastic. Baroness Greenfield said it would change.", "Baroness Greenfield", "Baroness Susan Greenfield"},
		{"a weekday before a firm's name stays out of it", "Sales rose.\n\nOn Thursday Intel announced that its profits had doubled.", "Intel", "Intel"},
		{"a month before a surname after the full name", "Sales rose.\n\nHans-Olaf Henkel spoke first.\n\nIn January Henkel said prices fell sharply last week.", "Henkel", "Hans-Olaf Henkel"},
		{"a Sunday paper keeps its name", "Sales rose.\n\nThe plan will fail next year, the Sunday Express said.", "Sunday Express", "Sunday Express"},
		{"the WHO is no relative pronoun", "Sales rose.\n\nThe funding gap stood in the way of the target, the WHO said.", "WHO", "WHO"},
		{"a descriptor and a name with a title in lower case", "Sales rose.\n\nThe author, veteran actor John Smith, said it was about power and money.", "John Smith", "John Smith"},
		{"a real name stays an apposition", "Sales rose.\n\nJay-Z, real name Shawn Carter, said he would retire soon from the music business.", "Jay-Z", "Jay-Z"},
		{"a verb in -s the tagger read as a noun after an adjective", "Sales rose.\n\nAcme says the public supports replacing the Lords.", "Acme", "Acme"},
		{"a verb the tagger read as a noun after a plural", "Sales rose.\n\nThe group says a clear majority of MPs support replacing the Lords.", "The group", ""},
		{"a name that ends the report is no speaker before a descriptor", "Sales rose.\n\nThe judge gave the tests to Oxfam, a spokeswoman for Abbott said.", "a spokeswoman for Abbott", ""},
		{"a name after a conjunction keeps its title, comma left out", "Sales rose.\n\nBut Hannes Androsch, head of Creditanstalt-Bankverein told Reuters he opposed a cut in rates.", "Hannes Androsch", "Hannes Androsch"},
		{"a noun and an adjective joined before people", "Sales rose.\n\nPrices will rise sharply this year, government and private economists said.", "government and private economists", ""},
		{"not a noun inside a phrase joined to the subject", "Sales rose.\n\nTremors hit the island after an earthquake measuring 6.6 on the Richter scale yesterday and local officials told Reuters they fear flooding.", "local officials", ""},
		{"a possessive descriptor before an acronym after the content", "Sales rose.\n\nPrices will rise sharply this year, Iran's national news agency, IRNA, said.", "IRNA", "IRNA"},
		{"a head noun and the phrase that completes it", "Sales rose.\n\nPrices will rise sharply this year, a cabinet report to parliament said.", "a cabinet report to parliament", ""},
		{"a head noun and a possessive phrase that completes it", "Sales rose.\n\nPrices will rise sharply this year, a senior executive for the world's largest grain company said.", "a senior executive for the world's largest grain company", ""},
		{"modifiers joined before a plural people noun", "Sales rose.\n\nPrices will rise sharply this year, government mining and central bank officials said.", "government mining and central bank officials", ""},
		{"an adverb before a participle inside the phrase", "Sales rose.\n\nPrices will rise sharply this year, the privately owned Portland company said.", "the privately owned Portland company", ""},
		{"a group of two kinds with a capitalised modifier", "Sales rose.\n\nPrices will rise sharply this year, FCOJ traders and analysts said.", "FCOJ traders and analysts", ""},
		{"an acronym glossing the institution inside a descriptor", "Sales rose.\n\nPrices will rise sharply this year, a Nuclear Regulatory Commission (NRC) spokesman said.", "a Nuclear Regulatory Commission (NRC) spokesman", ""},
		{"a possessive descriptor and a name after the content", "Sales rose.\n\nThe bank does not favour rules against takeovers, its governor, Robin Leigh-Pemberton, said.", "Robin Leigh-Pemberton", "Robin Leigh-Pemberton"},
		{"a tail of the means of speaking", "Sales rose.\n\nPrices will rise sharply this year, a spokeswoman for the union said by phone.", "a spokeswoman for the union", ""},
		{"earlier before the reports that speak", "Sales rose.\n\nPrices will rise sharply this year, earlier press reports said.", "earlier press reports", ""},
		{"a number ending an institution's name after a title", "Sales rose.\n\nPrices will rise sharply this year, a spokeswoman for Local 222 said.", "a spokeswoman for Local 222", ""},
		{"justice as a title", "Sales rose.\n\nJustice Barry Maddern said the decision is effective from the next pay period.", "Barry Maddern", "Barry Maddern"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			if len(doc.Statements) == 0 {
				t.Fatalf("no statement\n%s", render(doc))
			}
			st := doc.Statements[len(doc.Statements)-1]
			if got := strings.Join(strings.Fields(st.SpeakerText), " "); got != tt.written || speakerName(doc, st) != tt.speaker {
				t.Errorf("speaker %q (%q), want %q (%q)\n%s", got, speakerName(doc, st), tt.written, tt.speaker, render(doc))
			}
		})
	}
}

// TestFrontedPhrase checks that a phrase or subordinate clause between a
// verb of saying and the clause it reports, closed by a comma, is part of
// what is reported.
func TestFrontedPhrase(t *testing.T) {
	tests := []struct{ name, text, content string }{
		{"time", "Sales rose.\n\nBillington said by the end of 1987, more than 1.6 billion dlrs of the stock would be downgraded.",
			"by the end of 1987, more than 1.6 billion dlrs of the stock would be downgraded."},
		{"condition", "Sales rose.\n\nMeinhardt said without the sharp appreciation of the mark, incoming orders would have been higher.",
			"without the sharp appreciation of the mark, incoming orders would have been higher."},
		{"quantity after the comma", "Sales rose.\n\nIt said of the affected vehicles, about 32,000 are in the United States.",
			"of the affected vehicles, about 32,000 are in the United States."},
		{"period before a clause without a comma", "Sales rose.\n\nUnion Texas said for the full year it restated its loss to 57.5 mln dlrs.",
			"it restated its loss to 57.5 mln dlrs."},
		{"participle before the subject's noun", "Sales rose.\n\nThe study said liberalized trade between the two countries would improve their competitiveness.",
			"liberalized trade between the two countries would improve their competitiveness."},
		{"verb of change read as a plural", "Sales rose.\n\nSimmons Airlines Inc said its load factor for February declines to 41.8 pct from 46.1 pct.",
			"its load factor for February declines to 41.8 pct from 46.1 pct."},
		{"to as a preposition in the subject", "Sales rose.\n\nIt said accrued interest to March 31 will be paid on that date.",
			"accrued interest to March 31 will be paid on that date."},
		{"under a phrase without a comma", "Sales rose.\n\nReed said under the circumstances the tender offer is a fair offer.",
			"the tender offer is a fair offer."},
		{"clause after a subject that opens the sentence", "Sales rose.\n\nThe officials said the meeting here, where the six will be joined by Italy, will be a status report.",
			"the meeting here, where the six will be joined by Italy, will be a status report."},
		{"verb of cause read as a plural", "Sales rose.\n\nA company spokesman said most of the decline in earnings results from the inventory shortage.",
			"most of the decline in earnings results from the inventory shortage."},
		{"that after a name with and", "Sales rose.\n\nUniversal Furniture Ltd said in a filing with the Securities and Exchange Commission that it had increased its stake.",
			"it had increased its stake."},
		{"fronted infinitive of purpose", "Sales rose.\n\nThe company said to make the offering, it will ask shareholder approval for more shares.",
			"to make the offering, it will ask shareholder approval for more shares."},
		{"long subject after an audience", "Sales rose.\n\nSarney told the meeting an austerity plan to trim government spending would be introduced.",
			"an austerity plan to trim government spending would be introduced."},
		{"phrase with a year and an adjective", "Sales rose.\n\nWilson said in the current 1988 fiscal year higher spending will be offset by higher revenues.",
			"higher spending will be offset by higher revenues."},
		{"purpose", "Sales rose.\n\nThe company said in an effort to improve gross margins, it cut promotional activity in February.",
			"in an effort to improve gross margins, it cut promotional activity in February."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			if n := len(doc.Statements); n == 0 || doc.Statements[n-1].Span.In(doc.Text) != tt.content {
				t.Errorf("want %q\n%s", tt.content, render(doc))
			}
		})
	}
}

// TestNoStrayComma checks that a comma after a sentence's first words
// makes them the subject only before "said" and a clause.
func TestNoStrayComma(t *testing.T) {
	noStatement(t, []string{
		"Sales rose.\n\nThe move, announced last weekend, is part of the bank's policy for the second half.",
		"Sales rose.\n\nOften, said Mr Pearson, this sensitive information was invisible.",
		"Sales rose.\n\nHaving said that, the team is yet to concede a goal in this Cup run.",
	}, func(_ string, st pipeline.Statement) bool {
		return st.SpeakerText == "The move" || st.SpeakerText == "Often" || st.SpeakerText == "Having"
	})
}

// noStatement analyses each text and reports the statements bad finds
// wrong.
func noStatement(t *testing.T, texts []string, bad func(text string, st pipeline.Statement) bool) {
	t.Helper()
	for _, text := range texts {
		doc := analyse(t, text)
		for _, st := range doc.Statements {
			if bad(text, st) {
				t.Errorf("%q: statement %q by %q cued by %q\n%s", text, st.Span.In(text), st.SpeakerText, st.Cue, render(doc))
			}
		}
	}
}

// TestNoCommaLeftOut checks that a quotation followed by a subject and a
// cue with no comma between is a statement only when it is a sentence of
// its own and of three words or more.
func TestNoCommaLeftOut(t *testing.T) {
	noStatement(t, []string{
		"Sales rose.\n\nHe watched \"Today\" he said.",
		"Sales rose.\n\n\"Good\" he said.",
		"Sales rose.\n\nHe said that before the meeting, \"There had been surprising notes of criticism.\" He added. \"Criticism is not a one-way street.\"",
	}, func(text string, st pipeline.Statement) bool {
		return st.Kind == pipeline.Direct && st.Cue != "said" || st.Span.In(text) == "Today" || st.Span.In(text) == "Good"
	})
}

// TestNotSpeakers checks that an inverted cue's object that names no one
// who speaks is no speaker, and that a verb raising its subject ("thought
// to be") reports nothing.
func TestNotSpeakers(t *testing.T) {
	for _, text := range []string{
		"Sales rose.\n\nThe Tanzanian government, in its second annual budget since embarking on a recovery program, announced increases in fuel prices and sales tax.",
		"Sales rose.\n\nOthers thought to be in the running include Ewan McGregor and Hugh Jackman, both of whom have starred in films.",
	} {
		doc := analyse(t, text)
		for _, st := range doc.Statements {
			if strings.HasPrefix(st.SpeakerText, "increases") || st.SpeakerText == "Others" {
				t.Errorf("%q: speaker %q\n%s", text, st.SpeakerText, render(doc))
			}
		}
	}
}

// TestAnonymityRequest checks that a source's request not to be named is
// not reported as what they said.
func TestAnonymityRequest(t *testing.T) {
	doc := analyse(t, "Sales rose.\n\nTalks are going on, Ann Lee, who asked not to be identified, told Reuters.")
	for _, st := range doc.Statements {
		if st.Cue == "asked" {
			t.Errorf("request for anonymity reported\n%s", render(doc))
		}
	}
}

// TestTrimRole: a role keeps the holder's own title and no clause, and a
// title with someone else's name is no role.
func TestTrimRole(t *testing.T) {
	lx, err := ParseLexicon("default", defaultLexicon)
	if err != nil {
		t.Fatal(err)
	}
	doc := analyse(t, "Finance Minister Gerhard Stoltenberg arrived on Monday.")
	a := newAnnotator(lx, doc)
	for _, tt := range []struct{ in, want string }{
		{"Federal Reserve Board Chairman", "Federal Reserve Board Chairman"},
		{"Treasury Secretary James Baker and Federal Reserve Board Chairman", "Federal Reserve Board Chairman"},
		{"Stoltenberg and Bundesbank President", "Bundesbank President"},
		{"Phillips and Drew analyst", "Phillips and Drew analyst"},
		{"also Nigerian oil minister", "Nigerian oil minister"},
		{"who is also chairman", ""},
		{"after meeting Treasury Secretary James Baker", ""},
		{"here to meet government and business leaders", ""},
		{"adviser to IMF's managing director", "adviser to IMF's managing director"},
		{"Japanese Prime Minister Robert Smith last week", ""},
		{"economic adviser to Treasury Minister Giuliano Amato", "economic adviser to Treasury Minister Giuliano Amato"},
		{"Prime Minister Jacques Chirac's spokesman", "Prime Minister Jacques Chirac's spokesman"},
		{"chief White House economic adviser", "chief White House economic adviser"},
	} {
		if got := a.trimRole(tt.in); got != tt.want {
			t.Errorf("trimRole(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestProfessionTitles: a profession written before a name is a role,
// not part of the name.
func TestProfessionTitles(t *testing.T) {
	for text, want := range map[string][2]string{
		"Actor Bruce Willis said the film would open in May.":      {"Bruce Willis", "Actor"},
		"Producer Kevin Wallace said the show would close soon.":   {"Kevin Wallace", "Producer"},
		"DJ Mike Read said the single would be released.":          {"Mike Read", "DJ"},
		"Solicitor Gareth Pierce said the detention was unlawful.": {"Gareth Pierce", "Solicitor"},
	} {
		doc := analyse(t, text)
		if len(doc.Speakers) != 1 || doc.Speakers[0].Name != want[0] || len(doc.Speakers[0].Roles) == 0 || doc.Speakers[0].Roles[0] != want[1] {
			t.Errorf("%q: want %s, %s\n%s", text, want[0], want[1], render(doc))
		}
	}
}

// TestPostmodifiedGroups: people described by what follows their noun
// speak as the whole phrase, not as the noun it ends with; a subject
// that says nobody speaks makes no statement.
func TestPostmodifiedGroups(t *testing.T) {
	tests := []struct{ text, speaker string }{
		{`People familiar with the matter said the plan would fail.`, "People familiar with the matter"},
		{`Sources familiar with the talks said the plan would fail.`, "Sources familiar with the talks"},
		{`Those close to him say that the plan would fail.`, "Those close to him"},
		{`Many of them said the plan would fail.`, "Many of them"},
		{`Most of those polled said the plan would fail.`, "Most of those polled"},
		{`Those polled said the plan would fail.`, "Those polled"},
		{`People who attended the meeting said the plan would fail.`, "People who attended the meeting"},
		{`The man who leads the party said the plan would fail.`, "The man who leads the party"},
		{`Traders and analysts who follow the firm believe that it will be sold.`, "Traders and analysts who follow the firm"},
		{`But officials who took part in the talks said the plan would fail.`, "officials who took part in the talks"},
		{`No-one who plays the finished game will wonder why it took so long.`, ""},
		{`A senior banker working on the deal also said that banks are responding positively.`, "A senior banker working on the deal"},
		{`Japanese officials travelling with Finance Minister Kiichi Miyazawa told reporters the talks would go on.`, "Japanese officials travelling with Finance Minister Kiichi Miyazawa"},
		{`Deputy planning director Jose Leibovich said resources are more than enough.`, "Jose Leibovich"},
		{`Businessmen polled by Reuters said the budget had done little for them.`, "Businessmen polled by Reuters"},
		{`But Wall Street professionals who work with index futures and options insist the blame is misplaced.`, "Wall Street professionals who work with index futures and options"},
		{`Most dealers polled by Reuters thought that June would be the likeliest time.`, "Most dealers polled by Reuters"},
		{`A group led by investor Asher Edelman said it lowered its stake in the firm.`, "Asher Edelman"},
		{`Some of those cities where Holiday said it will open hotels include Lyon.`, ""},
	}
	for _, tt := range tests {
		doc := analyse(t, tt.text)
		var got []string
		for _, st := range doc.Statements {
			got = append(got, st.SpeakerText)
		}
		want := []string{tt.speaker}
		if tt.speaker == "" {
			want = nil
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: speakers %q, want %q\n%s", tt.text, got, want, render(doc))
		}
	}
}

// TestParticipleSubject: a participle of saying after a comma speaks for
// the subject of the last clause before it that no statement reports,
// not for the sentence's first subject.
func TestParticipleSubject(t *testing.T) {
	for text, want := range map[string]string{
		"The comments come after Ann Lee defended her proposals, warning that it would be wrong to wait.":          "Ann Lee",
		"Pay talks stalled, and the government has condemned the strike, warning that it could lead to violence.":  "the government",
		"Minister Ann Lee indicated yesterday she would veto the proposals, saying they would hurt farmers.":       "Ann Lee",
		"The BBC denied it had lost a bidding war, saying it had decided to pass the mantle.":                      "BBC",
		"Mr Blair has failed to tackle these problems, Ann Lee claimed, saying he has the wrong solution to them.": "Ann Lee",
		"Sales rose 5 pct, the company said, adding that the plant would close.":                                   "the company",
	} {
		doc := analyse(t, text)
		if len(doc.Statements) == 0 {
			t.Errorf("%q: no statement", text)
			continue
		}
		st := doc.Statements[len(doc.Statements)-1]
		who := speakerName(doc, st)
		if who == "" {
			who = st.SpeakerText
		}
		if !strings.HasPrefix(st.Cue, "saying") && !strings.HasPrefix(st.Cue, "warning") && st.Cue != "adding" || who != want {
			t.Errorf("%q: last statement %q by %q, want one by %q\n%s", text, st.Cue, who, want, render(doc))
		}
	}
}

// TestGenericHeads: "the Bank", "the Commission" stand for the
// institution the document named before by a longer name, or for
// nobody in particular; a whole name after "the" stays one ("The Times").
func TestGenericHeads(t *testing.T) {
	for text, want := range map[string]string{
		"The Bank of England raised rates. The Bank said it had acted to curb inflation.":           "Bank of England",
		"The European Commission met on Monday. The Commission said it would act soon on the plan.": "European Commission",
		"The Bank said it had acted to curb inflation.":                                             "",
		"The Times said the plan would fail next year.":                                             "Times",
		"Mazda Motor Corp of Japan reported car sales. The company said sales fell in the year.":    "Mazda Motor Corp",
	} {
		checkLastSpeaker(t, text, want, "")
	}
}
