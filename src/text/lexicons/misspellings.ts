/**
 * Common misspellings of ordinary English words → the correct spelling (lower case).
 * Only unambiguous ones: never a real word, never a likely name or brand. "_" stands for a space.
 */
const LIST = `
abscence:absence accomodate:accommodate accomodation:accommodation acheive:achieve acheived:achieved acheivement:achievement
accross:across adress:address agressive:aggressive alot:a_lot amature:amateur apparantly:apparently appearence:appearance
arguement:argument assasination:assassination basicly:basically begining:beginning beleive:believe beleived:believed
belive:believe bizzare:bizarre buisness:business bussiness:business busness:business calender:calendar camoflage:camouflage
carreer:career catagory:category cemetary:cemetery changable:changeable collegue:colleague collegues:colleagues colleage:colleague
comming:coming commited:committed commitee:committee completly:completely concious:conscious congradulations:congratulations
consciencious:conscientious copywrite:copyright curiousity:curiosity definately:definitely definatly:definitely definetly:definitely
definitly:definitely defintely:definitely dilema:dilemma disapoint:disappoint dissapoint:disappoint dissapointed:disappointed
disapointed:disappointed embarass:embarrass embarassed:embarrassed enviroment:environment existance:existence experiance:experience
experince:experience expierence:experience familar:familiar finaly:finally flourescent:fluorescent foriegn:foreign foward:forward
freind:friend freinds:friends fullfil:fulfil goverment:government gaurd:guard happend:happened harrass:harass hieght:height
humourous:humorous hte:the idiosyncracy:idiosyncrasy immediatly:immediately immediatley:immediately incidently:incidentally
independant:independent interupt:interrupt intrested:interested intresting:interesting interseted:interested irresistable:irresistible
knowlege:knowledge knowledgable:knowledgeable liason:liaison libary:library lisence:license maintainance:maintenance maintenence:maintenance
managment:management millenium:millennium mischevious:mischievous mispell:misspell neccessary:necessary necessery:necessary neccesary:necessary
noticable:noticeable occassion:occasion occured:occurred occurence:occurrence ocurred:occurred opportunty:opportunity oppertunity:opportunity
oppurtunity:opportunity oportunity:opportunity opportunites:opportunities oppurtunities:opportunities persue:pursue persuing:pursuing
posession:possession posible:possible possable:possible potentialy:potentially prefered:preferred prescence:presence privelege:privilege
priviledge:privilege probaly:probably probobly:probably profesional:professional proffesional:professional professionaly:professionally
publically:publicly realy:really reccomend:recommend recomend:recommend recommand:recommend reccommend:recommend recomendation:recommendation
recomendations:recommendations reccomendation:recommendation recieve:receive recieved:received reciept:receipt recieving:receiving
refered:referred relevent:relevant religous:religious remeber:remember repitition:repetition resistence:resistance responsability:responsibility
responsibilty:responsibility restaraunt:restaurant rythm:rhythm scedule:schedule schedual:schedule sence:sense seperate:separate
seperately:separately sincerly:sincerely sincerley:sincerely speach:speech succesful:successful successfull:successful sucessful:successful
suprise:surprise suprised:surprised tendancy:tendency therefor:therefore tommorow:tomorrow tommorrow:tomorrow tomorow:tomorrow
tounge:tongue truely:truly twelth:twelfth tyrany:tyranny untill:until unfortunatly:unfortunately unfortunatley:unfortunately
usefull:useful wierd:weird wether:whether whereever:wherever wich:which writting:writing acknowlege:acknowledge adviced:advised
aquire:acquire aquired:acquired assistent:assistant availible:available availabe:available beggining:beginning benifit:benefit
benificial:beneficial brillant:brilliant calander:calendar catched:caught cheif:chief collaberate:collaborate collaberation:collaboration
comittee:committee compatable:compatible competance:competence concensus:consensus confortable:comfortable comfortible:comfortable
curent:current decission:decision desicion:decision developement:development diffrent:different dicussion:discussion disscussion:discussion
enterpreneur:entrepreneur entreprenuer:entrepreneur excelent:excellent excellant:excellent exellent:excellent excercise:exercise
facinating:fascinating finacial:financial freqently:frequently fourty:forty gratefull:grateful greatful:grateful guarentee:guarantee
helpfull:helpful hopefuly:hopefully independant:independent intrest:interest intrests:interests intergrate:integrate knowlegeable:knowledgeable
langauge:language lenght:length mangement:management mentorsip:mentorship mesage:message messsage:message necesary:necessary
negociate:negotiate oppinion:opinion orginization:organization organisaton:organisation organziation:organization particulary:particularly
passtime:pastime percieve:perceive perfomance:performance perfrom:perform persuit:pursuit plesure:pleasure pleasent:pleasant
prefered:preferred presentaion:presentation proccess:process realise:realise recieving:receiving reponse:response resonse:response
responce:response sucess:success sucessfully:successfully succesfully:successfully suggesstion:suggestion summery:summary techincal:technical
thier:their throught:throughout tounament:tournament transfered:transferred truley:truly unneccessary:unnecessary wellcome:welcome
writen:written yeild:yield apreciate:appreciate appriciate:appreciate appreaciate:appreciate apreciated:appreciated graet:great
intersted:interested intreseted:interested oppotunity:opportunity posistion:position postion:position positon:position sincerelly:sincerely
`;

const PAIRS = LIST.trim()
  .split(/\s+/)
  .map((pair) => pair.replace(/_/g, ' ').split(':') as [string, string])
  .filter(([wrong, right]) => wrong !== right);

// A misspelled verb keeps its misspelling when inflected: "reccomend" → "reccomended", "reccomends", "reccomending".
// Only stems whose correct form takes the suffix as it is ("recommend" + "ed"), and never over a listed pair.
const REGULAR_SUFFIXES = ['ed', 's', 'ing'];
const INFLECTED = PAIRS.flatMap(([wrong, right]) =>
  /[^e\s]$/.test(right) && /[^e]$/.test(wrong) && /(?:nd|rd|rm|ct|st)$/.test(right) ? REGULAR_SUFFIXES.map((suffix): [string, string] => [wrong + suffix, right + suffix]) : [],
);

export const MISSPELLINGS: ReadonlyMap<string, string> = new Map([...INFLECTED, ...PAIRS]);
