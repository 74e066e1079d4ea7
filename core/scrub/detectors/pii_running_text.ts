/**
 * Personal data in running text, with no key naming it: a person's name after words that
 * introduce one (`my name is`, `Dear`, `Mr.`, `everyone calls me`, `Hi Maeve,`), a ZIP code after
 * `zip code is`. A name has no layout of its own, so each form is gated on such a word and on a
 * name's shape: capitalised words, not a word a greeting or a title is followed by (`Dear
 * Customer`, `Dr. The`).
 */
import { raw } from "./raw.ts";
import { regex } from "./regex.ts";
import type { Detector } from "../detector.ts";
import { pii } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { NAME_PARTICLES, plausibleName } from "./pii_personal_details.ts";
import { hasContextBefore } from "./value_checks.ts";
import { within } from "../windowed_match.ts";

/**
 * A capitalised name word: `Maeve`, `O'Sullivan`, `McAllister`, `Pierre-Louis`, `Sørensen` (unlike
 * pii_personal_details' GENERIC_NAME_WORD, a `Mc`/`Mac` surname's capital after its prefix).
 */
const WORD = raw`(?:Ma?c|O')?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/**
 * WORD of at most 40 letters a part, as a name's are: the capitalised word before a family name,
 * so that person-name-family's matches start a bounded distance before its keyword (its reach).
 */
const SHORT_WORD = raw`(?:Ma?c|O')?\p{Lu}\p{Ll}{1,39}(?:-\p{Lu}\p{Ll}{1,39})?`;
/** A name: a word, maybe a middle initial, at most two more words, maybe after `van der`, `da`. */
const NAME = raw`${WORD}(?: \p{Lu}\.)?(?: ${NAME_PARTICLES}${WORD}){0,2}`;
/**
 * A name of two words or three after a `Name:` label: one word alone there is far more often a
 * package's, a resource's or a setting's (`pip show`'s `Name: Django`, `Name:   Default`).
 */
const FULL_NAME = raw`${WORD}(?: \p{Lu}\.)?(?: ${NAME_PARTICLES}${WORD}){1,2}`;
/** A title before a name: `Dr.`, `Ms`, `mrs.` (not a number's `ms.`: `200  ms. Then`). */
const TITLE = raw`(?:Mr|Mrs|Ms|Dr|Prof)\.?|(?<!\d *)m(?:rs?|s)\.`;
/**
 * Words after a title or greeting that name no one: a title, `The`, whom a greeting addresses
 * (`Dear Customer`, `Hi There,`, `Dear Users,`), what `I'm` is (`I'm Sorry,`) and how often or
 * how a function `was called` (`was called Twice`); NOT_NAME_WORDS (through plausibleName) hold
 * the technical words (`Dear User`, `Hi Admin`, `Name: Build Pipeline`).
 */
const NO_ONE =
  "All|Sie|Team|Everyone|Everybody|There|Folks|Guys|Friends?|Colleagues?|Sir|Madam|Customers?|Valued|Users|Support|Sorry|Ready|Back|Done|Glad|Fine|Sure|The|Mrs?|Ms|Dr|Prof|Once|Twice|Again|Directly|Successfully|Recursively|Repeatedly|Later|Now|Then|With|From|By|On|In|At|For|To|When|While|If|And|But|Or|Not|Before|After|During|Via|Without";
/**
 * Things whose name `'s name is` may give, not a person's: `the service's name is Orders`,
 * `the app's name`.
 */
const THINGS = (
  "service|app|application|queue|topic|bucket|cluster|host|server|file|job|task|project|repo|repository|database|table|column|field|function|method|class|module|package|library|pipeline|branch|container|pod|node|device|image|volume|index|stream|channel|workflow|step|bot|process|thread|variable|key|tag|label|group|role|plan|product|feature|flag|endpoint|route|model|schema|event|metric|domain|site|page|script|tool|command|plugin|extension|component|resource|instance|environment|namespace|deployment|build|release|test"
).split("|").map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|");
/** Windows' crash debugger `Dr. Watson`, named by words about it on the same line. */
const DEBUGGER_WORDS = /drwtsn|debugger|windows|crash|dump|postmortem|aedebug/i;

/**
 * What makes the name right after it no one's data in a log, read in the 48 characters before
 * the name: a copyright notice (`(c) Dave Jones`, `Copyright (C) 2004, 2019 Ana Lima`, `© 2021
 * by`: a program's banner credits its author, which is public), or a key whose value is a
 * maker's, seller's or brand's name, a product's, an order item's, a company's or an employer's,
 * an optimizer's or a speech voice's (`"vendor":"Ralph Lauren"`, `Manufacturer: Carl Zeiss`,
 * `brand=Tommy Hilfiger`, `"product_name":"Paul Smith Wool Scarf"`, `item: "Michael Kors Tote"`,
 * `company_name=Edward Jones`, `optimizer: Adam`, Polly's `"VoiceId":"Joanna"`, `--voice-id
 * Matthew`), a thing named after someone; the key may end in `name` (`productName`), and be an
 * element's (`<vendor>Ralph Lauren</vendor>`), joined to its value by a blank on either side of its
 * `=` or `:` (`vendor = "Carl Zeiss"` in TOML, .NET's `{ Vendor = Carl Zeiss }`).
 */
const NO_ONE_BEFORE =
  /(?:\(c\)|©|\bcopyright)(?: ?(?:\(c\)|©))?,? ?(?:\d{4}(?: ?[-–,] ?\d{4}){0,3},? )?(?:by )?$|(?:brand|manufacturer|vendor|merchant|product|item|company|employer|optimi[sz]er|voice(?:[_-]?id)?)(?:[_ ]?name)?["']?\s?[:=>\s]\s?["']?$/i;

/** Whether the name at `index` is credited or a thing's by what stands before it (NO_ONE_BEFORE). */
const isCredited = (line: string, index: number) =>
  hasContextBefore(line, index, NO_ONE_BEFORE, 48);

/** Units a count is followed by, which a ZIP code is not (`10240 bytes`, `20480 KB`, `10240 files`). */
const UNIT =
  "bytes?|[kKMGT]i?B|kb|bits?|files?|entries|entry|items?|records?|rows?|lines?|blocks?|chunks?|objects?|parts?|members?|ms|secs?|seconds?";

/**
 * Keywords: every match holds one of these or ` name`, `named`, `call` or a word of another
 * language's `my name is` (the prefilter ignores case); each a word of its own, as `\b` has it.
 */
const WORDS = "mr.|mr |mrs|ms.|ms |dr.|dr |prof.|prof |dear|hi |name:|i'm |my ".split("|");

/** A front-coded list (see GIVEN) as alternatives: `Daniel2vid` is `Daniel|David`. */
const alternatives = (list: string) => {
  let previous = "";
  return list.match(/\d?[A-Z]?[^\dA-Z]+/g)!
    .map((e) => (previous = e < "A" ? previous.slice(0, +e[0]) + e.slice(1) : e))
    .join("|");
};
/**
 * Given names common in several cultures (the US, the UK and Ireland, Spanish, Portuguese,
 * Indian, Chinese, Vietnamese, Korean, Japanese, Arabic, Turkish, Persian, Hebrew, African,
 * German, French, Italian, Dutch, Nordic, Polish, Russian) that are no English word, town or
 * product (not `Mark`, `Grace`, `Austin`, `Ruby`, `Sofia`, `Charles` a proxy, `Amanda` a backup
 * tool, `Doris` a database, `Scarlett` an audio interface): alone or before a capitalised word
 * they make a name with no word introducing it (`Jennifer Okafor`). Stored sorted and
 * front-coded to keep the bundles small: a name starts with its capital, or with a digit k when
 * it shares its first k letters with the name before it (`Daniel2vid` is Daniel, David), and
 * read (buildDetectors) as alternatives, GIVEN (`Aarav|Aaron|…`), and in lower case, GIVEN_WORDS.
 * Widened from national name-frequency tables (US, UK and Ireland, Western and Eastern Europe,
 * Turkey, India, East and South-East Asia, Africa): each kept only where technical text writes it
 * as a name, never as a lower-case word, a date, a dictionary word, a town or a product (not
 * `Aurora`, `Sora`, `Milan`, `Hudson`, `Taylor`, `Luigi`).
 */
const GIVEN_CODED =
  "Aarav3onAbdullah2hishek2igailAdaeze3m2ebayo2iti4ya2rian6a4ánAfonsoAgnieszka2ustínAhmad3ed4tAiden2sha4waryaAjayAkikoAlain2bert6o2ejandra8o3ksander3ssandro5ia3x4ander7re4ei4is2fie3red6o2icia2lison2maz2varo2yssaAmelia2ira3t2yAnand4ya3stasia2drea6s5i5s5w4zej4és3y2gela2il3ta2jali2kit2na3ika2ouk2thony3oine4n5i6oAoifeAras2chie2jun2nav2tem3hur3uro2unAshley3ok2tridAubrey2dreyAyodele2ushBaptiste2rbaraBeatriz2llo2n3jamin2rnard7o2tty2verlyBilal2rgitBjørnBongani3nieBradley3m3ndon2enda2ian5na3gitte3ttany2ody2uce2yanBurakCaleb3lum2meron3ila2rl4os3oline5yn2therine3rionaCedricCheryl2iamaka4ra3di3nedu2loe2ris5tina8e6ophe9erCiaranClaire3ra4enceCody2lin3leen2nnor3or2rey2urtneyCraig2istinaCuong2rtisCynthiaDaan2isuke2mian2n3iel6a6le4il4lo3ny2rnell2ve3id5eDeborah3ra2epak4ika2nis5e3nis2rekDiana4e2ego3ter2nesh2ogo2rk2vyaDmitri5yDominic2nal5d3na2rothy2uglasDuarte2stinDylanEddie2oardo2uardo2wardEkaterinaEleanor3na2ias3jah3sa3zabeth2la3ieEmeka2ilia6no4y3ne2ma2reEnriqueEric4a3k3nEthanEuanEvan2elynEwelinaFabio3rizio2isal2rai2tima3maFederica2lipe2mi3ke2rnanda7oFilip2nlay3nFlorianFolakeFrances7ca8o5is7co4kie3ser2edrik3yaGabriel7e7la2nesh2reth3rett3y2urav2vinGemma2orge2raldGiorgia3vanni2ulia3seppeGloriaGonzaloGreg4ory3ysonGuilherme4laume5ermo2stavoHailey2mish3za2nnah2rold3ry3uka4to2san3san2yatoHector2ike2len3mut2nrik4y2rbertHieu2roshiHolger2ssein2wardHuong2ssein2yHyunjinHüseyinIanIbrahimIfeomaIgnacioIkerIngridIrene2inaIsaac3bella7e2haanIvanJacob3queline2ke3ob3ub2mal3es2net3ice2son2vier2ydenJeff4rey2lena3le2nna4ifer2remiah5y3oen4me3ry2sse4icaJianhua2hoon2ll2m3my2nho2sooJoan4na3o3quín2celyn2e3l2hanna3n4ny2nah4s4than2rge2se4ph3hua3é2yce2ãoJuan2dith3y2les3ian6a4e5n2ma2stinJyotiJürgenKabir2cper2ran3en3im3thik2tarzyna3harina4erine4leen4ryn4y3ie3rin2vita3ya2yla2zukiKeiko3suke3th2lechi2nji3neth3ta2vinKhalid3nhKieran2mberlyKlausKnutKoen2fi2nstantinKristen5in7a2zysztofKwabena3meKyleLakshmi2ura4en2wrence2ylaLeah2ila2na2onard7o2ticiaLiam2llian2nda4iwe3h3nea2saLloydLorena5zo3i2uie4se3rençoLuca4s3ia3y3ía2dvig2is2kas3eLéoMackenzie2eve2hesh3moud2koto2lik3te2nfred3ish3oj3uel2rcel4in4us3garet3ia5m5na4lyn4o3kus3ta4ha4ijn5n6a3vin3y4am3ía2ssimo2teo4usz3hieu5s3t4eo4hew5ias4ia3ías2urizio2ximilian2ëlMees2gan2hdi3met2lanie3issa3vinMia2chael5ł4ele6le2guel2kael3e3hail2ng3h3ji4unMohamed5mad6ed2nika4que2sheMuhammad2kesh2rat2sa3tafaNancy3dini2oki3mi3ya2talia6e4sha3halie5n2veenNeha2ilNgoc3ziNiall3mh2cholas3ole5ás5ò2els2gel2khil3ita3las3olai2ls2shaNjeriNkechiNoah3m2lan2mvula2rma2uraObinnaOlga2iver4ia5er2umide3waseunOmarOrlaOsmanOwenPablo2draig2llavi2mela2ola4o2tricia6k2ul4aPedro2nelope3g2ter3raPhilip6pe4lip2uong2yllisPierre3ter4ro2otrPoojaPradeep3kash3veen2iyaQuang2innRachel2fael2hul2jesh2kesh2lf3ph2mesh2ndy2phaël2quel2ul2vi2ymond2úlRebecca2kha2uben2zaRhysRicardo3cardo3hard2k2taRobert6o2dney3rigo2ger2han3it2nald4n3nie2ryRuben2ssellRyanSabine2mantha3ir3uel2ndeep4ra5ine3jay4eev3ne2oirse2ra4h2urabhScottSean2bastian7án2gun2ojun2rgei5y4io3kan2thShane3ron3wn2eila2irin4ley2ona2reya3uti2uang2wetaSiddharth2lvia2mon2obhan2phoSnehaSofía2phia5e2taSrinivasStanisław2efan6ie6o3phanie5en3ve5n2ijn2uartSuda2nil4ta2resh2sanSven3tlanaSwatiSylvia5eSzymonTadhg2kashi3umi4ya2mmy2ra3iq3un2tenda3ianaTeddy2ndai2resa3rell4yThabo3ndeka5iwe4g4h3o2emba3odore3resa2iago3erry3js2omas3rsten2éoTiffany2mothy2naTobi4as2dd2lga2m3asz3my2ny2rstenTrang2evor2istan2ungTuan2nde3gUchennaUweVadim2lentina2nessa2run2scoVenkatesh2ronicaVicente3tor2jay2kas3ram3tor2ncent2shal2taly2vianVladimirVolkanWalter2njiku5ru2yneWei2ndy2rner2sleyWilliamWojciech2lfgang2uterWyattXimenaYael2sh3minYetundeYoko2landa2sef2ussefYuki3o2lia2suf4ke2ta2xuanYvonneZachary2neleZeynepZoe3yZuzana";
/**
 * Family names among the most common of several cultures (the US, Spanish, Portuguese, Chinese,
 * Vietnamese, Korean, Indian, Turkish, African, Japanese, Russian, Polish, German, Italian,
 * French, Dutch, Nordic) that are no English word, town or term (not `Brown`, `King`, `Taylor`,
 * `Lee`, `Park`, nor `Edwards` of Edwards curves), front-coded as GIVEN: after a capitalised
 * word they make a name with no word introducing it (`Chidi Okafor`, `Reza Nguyen`). Widened as
 * GIVEN, not with a town, product or term (`Costa`, `Marino`, `Ferrari`, `Watson`, `Jackson`).
 */
const FAMILY_CODED =
  "Adams2eyemiAguilarAli2onso2varezAnderson6sonArslanAteşBakker2rbieriBecker2nnettBianchiBrennan2ouwerBuiCallaghan2mpbell2stilloCelikChauhan3vez2en2oi2ukwuCole3lins2nnell4ollyCrawfordDaly2ng2rko2vies4sDekker2mir2ngDiazDlaminiDoherty2minguez2yle2ğanDubois2ong2pontDíazDąbrowskiErikssonEspositoEvansFarrell2ureFerguson3nandez4ández3reiraFischerFlores2ynnFontanaGallagher2rcia4íaGomez2nzalez4álezGreco2iffithsGuo2pta2stafsson2tierrez4érrez2zmanGómezHansen2rrisHendriks2rnandez4ández3reraHoang2ffmann2wellsHuang2ghes2ssain2ynhIvanovIyerJansenJhaJimenezJohansson3nson5ton2nes3gKamiński2yaKhanKimKobayashi2walczyk5skiKrügerKumar5i2znetsovLal2rsen4sonLefebvre4vre2roy2wandowskiLiang2uLombardi2pezLuo3ngLópezMackay2guire2riani3tinez4ínezMeijer2ndez3sah2yerMikhailov2ller2shra2tchellMorales3eau4l4no4tti3ozovMulder3ler2rphy2ñozMwangiMüllerNair2kamura2varroNeumannNguyen4ễnNielsen2lssonNkosiNovikov2wak5owskiNwosuOkafor2onkwoOliveira2son3sonOrtizOseiOwensOyelaranOzkanPatel4rson3tersonPereira4z3sson2terson3rov6a3terssonPham3n2illipsPiotrowskiPopovPritchardPérezRamirez3os3írez2oReddy2es2id3lly2yes3noldsRichardson4ter2vera2zzoRoberts7on3inson2driguez4íguez2gers2mano3ero2ssi2usseau3xRuiz2ssoSanchez3toro5s2rıSchmidt3neider3röder3ulz3warz3äferSharmaSilva2mmons2nghSmirnov3thSokolovStewartSullivanSvenssonSánchezTakahashi2nakaThompsonTorresTran2uong2ầnVargas2siliev3quez2ughanVenter2rmaVillanueva2sserVosVriesWagner2llace2ng2tanabeWeberWilliams3son2śniewskiWuWójcikXieXuYadav2mamoto2ngYilmazYükselYılmazZengZhang3o2eng2ou2uZimmermann";

/**
 * Words of saying and of a role that a family name alone follows (`says Zhang`, `asked Dlamini`,
 * `per Okafor`, `cc: Nakamura`, `assignee Kowalski`): lower case, so not a title's or a heading's
 * capitalised word.
 */
const SAID =
  "says|said|asked|asks|replied|told|wrote|thanks|per|cc:?|according to|assignee:?|assigned to|owner:|reviewer:?|(?:reported|reviewed|approved|signed) by";

/** US states' and DC's and Puerto Rico's two-letter codes, end to end (`AK`, `AL`, …). */
const STATES =
  "AKALARAZCACOCTDCDEFLGAHIIAIDILINKSKYLAMAMDMEMIMNMOMSMTNCNDNENHNJNMNVNYOHOKORPAPRRISCSDTNTXUTVAVTWAWIWVWY"
    .match(/../g)!;

/** The keywords of a town, state and ZIP code: a comma, a state's code and a space (`, ca `). */
const STATE_KEYWORDS = STATES.map((st) => `, ${st.toLowerCase()} `);
/** A town's name: one to three capitalised words (`Salt Lake City`, `St. Paul`, `Winston-Salem`). */
const TOWN = raw`\p{Lu}[\p{Ll}.']+(?:[ -]\p{Lu}[\p{Ll}.']+){0,2}`;
/** A town, a comma, a state's code and a ZIP code, maybe ZIP+4: `Springfield, IL 62704-1234`. */
const TOWN_STATE_ZIP = raw`${TOWN}, (?:${STATES.join("|")}) \d{5}(?:-\d{4})?`;

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => {
  // The lists are read from their front-coded text here, when the detectors are built.
  const GIVEN = alternatives(GIVEN_CODED);
  const GIVEN_WORDS = GIVEN.toLowerCase().split("|");
  const FAMILY = alternatives(FAMILY_CODED);
  const FAMILY_WORDS = FAMILY.toLowerCase().split("|");
  return [
    /**
     * A person's name in prose: one to three capitalised words (a middle initial, particles such as
     * `van der` before a surname) after a title (`Dr. Oskar Zhang`, `Mrs Lund`, `ms. Maeve`, not a
     * number's `ms.`) or words that introduce one (`My name is`, `What's your last name?`, `her
     * maiden name is`, `my partner's name`, `everyone calls me`, `named him`, `was called`, `Dear`,
     * `my son`, a `Name:` label (not `Log Name:`) before a name of two words or more ending the
     * line; `Hi` and `I'm` with a comma right after the name). Not a title or a word a greeting
     * names no one by (`Dear Customer`, `Hi All,`, `The`), a thing's name (`the service's name
     * is`), a name pii_personal_details' plausibleName refuses (`Name: Build Pipeline`), nor
     * Windows' debugger `Dr. Watson` on a line about it.
     */
    pii(
      "person-name-in-prose",
      {
        keywords: [
          ...WORDS,
          " name",
          "named",
          "call",
          ..."heiße|heisse|appelle|llamo|chiamo|nome".split("|"),
        ],
        atWordStart: WORDS,
      },
      regex(
        raw`\b(?:(?:(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|(?<!(?<!\p{L})(?:${THINGS}))'s|maiden|last|first) name(?: is|\?)?|(?:call(?:s|ed)?|named) (?:me|him|her)|was called|[Dd]ear|(?<!\p{L} *)Name:(?= *${FULL_NAME}\s*$) *|[Mm]y (?:kid|son|daughter|wife|husband|partner|brother|sister|mother|father|friend)|(?:[Hh]i|I'm)(?= ${NAME},)|(?i:ich hei(?:ß|ss)e|je m'appelle|me llamo|mi chiamo|meu nome é)) (?:(?:${TITLE}) )?|(?:${TITLE}) )(?!(?:${NO_ONE})\b)(?<secret>${NAME})(?![\p{L}'-])`,
        "dgu",
      ),
      (value, line) => plausibleName(value) && !(value === "Watson" && DEBUGGER_WORDS.test(line)),
    ),
    /**
     * A person's name with no word introducing it: a common given name (GIVEN), maybe a middle
     * initial, then one or two capitalised words (`Maria van der Berg`, `John O'Neill`), not after
     * words that make it a place (`San Jose Airport`, `St. Paul Street`), nor before a calendar's
     * `day` or `date` (`the Julian day number`), nor a name plausibleName refuses (`Wei Service`),
     * nor one a key names a thing (NO_ONE_BEFORE), nor a given name an ML optimizer's or model's
     * words follow: `Adam optimizer`, PyTorch's `Adam (` ending a line as it prints one, a
     * model's version and size (`Gemma 2 9B`, `Gemma 7B`).
     */
    pii(
      "person-name-given-family",
      { keywords: GIVEN_WORDS, wholeWords: true },
      regex(
        raw`(?<![\p{L}\p{N}_.@/-]|(?:San|Santa|St\.?|Saint) )(?<secret>(?:${GIVEN})(?! da(?:y|te)\b| optimi[sz]er\b| \($|(?: [\d.]+)? [\d.]+[Bb]\b)(?: \p{Lu}\.)?(?: ${NAME_PARTICLES}${WORD}){0,2})(?![\p{L}\p{N}_@-]|'\p{L}{2})`,
        "dgu",
      ),
      (value, line, index) => plausibleName(value) && !isCredited(line, index),
    ),
    /**
     * A person's name with no word introducing it: a capitalised word, maybe a middle initial and
     * particles, then a common family name (FAMILY: `Chidi Okafor`, `Ana dos Santos`), not
     * after a word that names no one (NO_ONE: `With Nguyen`), nor a name plausibleName refuses;
     * or a common family name alone after a word of saying or a role (SAID: `says Zhang`).
     */
    pii(
      "person-name-family",
      { keywords: FAMILY_WORDS, wholeWords: true },
      regex(
        raw`(?<![\p{L}\p{N}_.@/-])(?<secret>(?!(?:${NO_ONE})\b)${SHORT_WORD}(?: \p{Lu}\.)? ${NAME_PARTICLES}(?:${FAMILY})|(?<=\b(?:${SAID}) )(?:${FAMILY}))(?![\p{L}\p{N}_@-]|'\p{L}{2})`,
        "dgu",
      ),
      (value, line, index) => plausibleName(value) && !isCredited(line, index),
      // The family name (a keyword, after a space) comes at most 181 UTF-16 units after a match's
      // start: SHORT_WORD 3 + 2 × 2 × 40 + 1, a middle initial 4, a space, two particles 12.
      within(181, 0),
    ),
    /**
     * A US street address that ends with its town, state and ZIP code, in prose or a log line: a
     * house number, a capitalised word, more capitalised words or numbers (any street type, a
     * unit: `547 Greenwood Crossing Unit 32`, `Apt. 19C,`), then `, Town, ST 12345` (one to three
     * capitalised words, a state's code, a ZIP code, maybe ZIP+4: TOWN_STATE_ZIP). Its keywords
     * are a comma, a state's code and a space (`, ca `).
     */
    pii(
      "us-street-address-city-state-zip",
      STATE_KEYWORDS,
      regex(
        raw`(?<![\p{L}\p{N}_.-])(?<secret>\d{1,6}[A-Z]? \p{Lu}[\p{L}\d'.-]*(?:,? [\p{Lu}\d][\p{L}\d'.-]*){0,6}, ${TOWN_STATE_ZIP})(?![\w-])`,
        "dgu",
      ),
    ),
    /**
     * A US town, state and ZIP code with no street before it, written with a comma: a line of an
     * address block that is them alone (`Springfield, IL 62704`, maybe `, USA` after), also after a
     * label or a logger's prefix (`Address: `, `app[42]: `, `[pod/api] `, a level and a word:
     * `INFO worker-3 `). Its keywords are its neighbour's, the `, ST ` its state is written in, so
     * it costs no search of its own (the form without a comma, `Munich AZ 22857`, has no keyword
     * to wake it). A state's code and a 5-digit count are common in logs (`Retry, OK 12345`), so
     * nothing else is taken.
     */
    pii(
      "us-city-state-zip",
      STATE_KEYWORDS,
      regex(
        raw`(?<=^[^\p{L}\p{N}]{0,4}|[\]:>]\s{1,4}|\b[A-Z]{4,6} \S+\s+)(?<secret>${TOWN_STATE_ZIP})(?=(?:, USA?)?\s*$)`,
        "dgu",
      ),
    ),
    /**
     * A US ZIP code in prose, after `zip code is` (`My zip code is 95628`), or any country's
     * postcode as the value of a key naming one (`"zip":"94107"`, `billing_zip=`, Salesforce's
     * `MailingPostalCode`, `postcode`, German `PLZ` and SAP's `PSTLZ`, `code postal`, `<zip>`,
     * Japanese `郵便番号`, Chinese `邮编`, Korean `우편번호`):
     * digits in one or two groups (`80481-001`, `798 59`, `30-566`, `〒551-0398`, `2379`), four
     * digits and two letters (`4574 KT`), an Eircode (`V94 N2D6`); not a count of a zip tool's
     * (`zip: 10240 bytes written`, a number then a UNIT).
     */
    pii(
      "zip-code-in-prose",
      [
        "zip",
        "postal",
        "postcode",
        "post_code",
        "post code",
        "plz",
        "pstlz",
        "郵便番号",
        "邮编",
        "우편번호",
      ],
      regex(
        raw`(?:(?<![a-z])(?:zip(?:[ _]?code)?|p(?:st)?lz|code[ _]postal)|post(?:al)?[ _]?code|郵便番号|邮编|우편번호)(?: is |["']?[:=] ?["']?|>)(?<secret>(?<! is )〒?(?:\d{2,5}[ -]\d{2,3}|\d{3}-\d{4}|\d{4}(?! ?(?:${UNIT})\b) ?[A-Z]{2}|\d{4,6}|[A-Z]\d\d [A-Z\d]{4})|\d{5})(?![\w%-]|[./]\d| ?(?:${UNIT})\b)`,
        "dgi",
      ),
    ),
  ];
});

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
