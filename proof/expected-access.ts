import type { Persona } from './support/personas';
import { PERSONAS } from './support/personas';

/**
 * The authorization policy, written by hand from DESIGN.md §4 — independently of the contract's
 * `access` objects, so the proof checks the contract against it. One row per `fn.action`, one
 * column per persona (order of PERSONAS). A new action fails the matrix until it gets a row here.
 *
 * Y = may call it (answer is never 401/403); N = refused (403 FORBIDDEN, or 401 for anonymous).
 */
const Y = 'allow' as const;
const N = 'deny' as const;
export type Expected = typeof Y | typeof N;

type Row = readonly [
  villager: Expected,
  villager_b: Expected,
  village_cadre: Expected,
  village_cadre_b: Expected,
  town_reviewer: Expected,
  city_approver: Expected,
  admin: Expected,
  trainer: Expected,
  insurer: Expected,
  anonymous: Expected,
];

// prettier-ignore
const TABLE: Record<string, Row> = {
  //                    villager villager_b cadre cadre_b town city admin trainer insurer anonymous
  'users.me':            [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  'users.updateProfile': [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  // Everyone signed in manages their own logins.
  'users.logout':        [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  'users.listSessions':  [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  'users.revokeSession': [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  // Only the city's administrators hand out roles.
  'users.assignRole':    [N, N, N, N, N, N, Y, N, N, N],
  // 人员与角色: only administrators look people up (to give them a role); audited.
  'users.findUsers':     [N, N, N, N, N, N, Y, N, N, N],
  // Staff lists are for officials; villagers and trainers do not browse staff.
  'users.listStaff':     [N, N, Y, Y, Y, Y, Y, N, N, N],
  // Towns and villages are public: the login page's village picker needs them.
  'users.listOrgUnits':  [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  // 消息 (issue 15, part 1): everyone signed in reads and marks their own messages.
  'messages.list':        [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  'messages.unreadCount': [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  'messages.markRead':    [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  // Anyone signed in may send feedback and read their own.
  'feedback.submit':     [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  'feedback.mine':       [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  // Cadres at village, town and city level work the feedback of their area; trainers do not.
  // Issue 15, feedback answered: the inbox, a case, answer, 已处理, 转交上级 (village → town → city).
  'feedback.inbox':       [N, N, Y, Y, Y, Y, Y, N, N, N],
  'feedback.get':         [N, N, Y, Y, Y, Y, Y, N, N, N],
  'feedback.reply':       [N, N, Y, Y, Y, Y, Y, N, N, N],
  'feedback.markHandled': [N, N, Y, Y, Y, Y, Y, N, N, N],
  'feedback.passUp':      [N, N, Y, Y, Y, Y, Y, N, N, N],
  // Household records are kept by cadres of the area; the family reads its own.
  'households.create':         [N, N, Y, Y, Y, Y, Y, N, N, N],
  'households.update':         [N, N, Y, Y, Y, Y, Y, N, N, N],
  'households.changeCategory': [N, N, Y, Y, Y, Y, Y, N, N, N],
  'households.get':            [Y, Y, Y, Y, Y, Y, Y, N, N, N],
  'households.timeline':       [Y, Y, Y, Y, Y, Y, Y, N, N, N],
  // "My household" is the family's own page.
  'households.mine':           [Y, Y, N, N, N, N, N, N, N, N],
  'households.list':           [N, N, Y, Y, Y, Y, Y, N, N, N],
  'households.dashboard':      [N, N, Y, Y, Y, Y, Y, N, N, N],
  'households.warnings':       [N, N, Y, Y, Y, Y, Y, N, N, N],
  // Exports hold whole registers: officials only.
  'households.export':         [N, N, Y, Y, Y, Y, Y, N, N, N],
  'households.downloadExport': [N, N, Y, Y, Y, Y, Y, N, N, N],
  'households.finishExportDownload': [N, N, Y, Y, Y, Y, Y, N, N, N],
  // The village cadre who knows the family hands out the join code; family members redeem it.
  'households.issueInvitation':[N, N, Y, Y, N, N, N, N, N, N],
  'households.join':           [Y, Y, N, N, N, N, N, N, N, N],
  // Join requests are decided by the household's village cadre or its head (a villager); the
  // rule inside the handler narrows it to those two (others get NOT_FOUND, not FORBIDDEN).
  'households.joinRequests':   [Y, Y, Y, Y, N, N, N, N, N, N],
  'households.decideJoin':     [Y, Y, Y, Y, N, N, N, N, N, N],
  'households.removeMember':   [Y, Y, Y, Y, N, N, N, N, N, N],
  // ID-number conflicts across villages or towns are resolved by the town or the city.
  'households.idConflicts':    [N, N, N, N, Y, Y, Y, N, N, N],
  'households.resolveIdConflict':[N, N, N, N, Y, Y, Y, N, N, N],
  // Courses and certificate checks are public (an employer may verify a certificate).
  'training.listCourses':      [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  'training.getCourse':        [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  'training.verifyCertificate':[Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  // Trainers and the city's administrators set up courses and run sessions.
  'training.upsertCourse':     [N, N, N, N, N, N, Y, Y, N, N],
  'training.sessionCode':      [N, N, N, N, N, N, Y, Y, N, N],
  'training.complete':         [N, N, N, N, N, N, Y, Y, N, N],
  // A trainee's full phone (拨打 on the roster, audited): the course's trainer or an admin.
  'training.traineePhone':     [N, N, N, N, N, N, Y, Y, N, N],
  // Signing up, cancelling and checking in are the trainee's own.
  'training.enroll':           [Y, Y, N, N, N, N, N, N, N, N],
  'training.cancel':           [Y, Y, N, N, N, N, N, N, N, N],
  'training.myEnrollments':    [Y, Y, N, N, N, N, N, N, N, N],
  'training.checkIn':          [Y, Y, N, N, N, N, N, N, N, N],
  // Rosters: the trainer, and cadres for the trainees from their area.
  'training.roster':           [N, N, Y, Y, Y, Y, Y, Y, N, N],
  // A job after training is recorded by the trainee or their village cadre (or an admin).
  'training.recordEmployment': [Y, Y, Y, Y, N, N, Y, N, N, N],
  // 劳务输出 statistics are for officials.
  'training.employmentStats':  [N, N, Y, Y, Y, Y, Y, N, N, N],
  // Policy explainers and the self-check are for everyone, logged in or not.
  'policies.list':             [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  'policies.get':              [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  'policies.search':           [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  'policies.checkEligibility': [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  // Only the city's administrators publish or revise policy texts.
  'policies.upsert':           [N, N, N, N, N, N, Y, N, N, N],
  // The village museum is public; families contribute; their village's cadre curates.
  'exhibits.list':             [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  'exhibits.get':              [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  'exhibits.chapters':         [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  'exhibits.startUpload':      [Y, Y, Y, Y, N, N, N, N, N, N],
  'exhibits.uploadImage':      [Y, Y, Y, Y, N, N, N, N, N, N],
  'exhibits.submit':           [Y, Y, Y, Y, N, N, N, N, N, N],
  'exhibits.mine':             [Y, Y, Y, Y, N, N, N, N, N, N],
  // A returned contribution is fixed and sent again by its contributor (the handler checks it's theirs).
  'exhibits.resubmit':         [Y, Y, Y, Y, N, N, N, N, N, N],
  'exhibits.reviewQueue':      [N, N, Y, Y, N, N, N, N, N, N],
  'exhibits.review':           [N, N, Y, Y, N, N, N, N, N, N],
  'exhibits.update':           [N, N, Y, Y, N, N, N, N, N, N],
  'exhibits.upsertChapter':    [N, N, Y, Y, N, N, N, N, N, N],
  // Anyone signed in may like an item, once.
  'exhibits.like':             [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  // 返贫风险: the family files and follows its own reports (a village cadre may file as 排查 or
  // for an elderly villager); cadres of every level work them in their area; trainers never.
  'risk.submit':               [Y, Y, Y, Y, N, N, N, N, N, N],
  'risk.startUpload':          [Y, Y, Y, Y, N, N, N, N, N, N],
  'risk.uploadPhoto':          [Y, Y, Y, Y, N, N, N, N, N, N],
  'risk.mine':                 [Y, Y, N, N, N, N, N, N, N, N],
  'risk.get':                  [Y, Y, Y, Y, Y, Y, Y, N, N, N],
  'risk.publicity':            [Y, Y, Y, Y, Y, Y, Y, N, N, N],
  'risk.queue':                [N, N, Y, Y, Y, Y, Y, N, N, N],
  // Each level decides at its own stage; the engine refuses a level whose turn it is not.
  'risk.review':               [N, N, Y, Y, Y, Y, Y, N, N, N],
  // The filer amends a returned report (a villager, or the cadre who filed it).
  'risk.resubmit':             [Y, Y, Y, Y, N, N, N, N, N, N],
  // Only the family appeals a rejection.
  'risk.appeal':               [Y, Y, N, N, N, N, N, N, N, N],
  // The 119 plan is kept by the village with the town, and by the city.
  'risk.setPlan':              [N, N, Y, Y, Y, Y, Y, N, N, N],
  'risk.updateMeasure':        [N, N, Y, Y, Y, Y, Y, N, N, N],
  // 风险消除 starts with the village's visit.
  'risk.proposeElimination':   [N, N, Y, Y, N, N, N, N, N, N],
  'risk.stats':                [N, N, Y, Y, Y, Y, Y, N, N, N],
  // 防贫保险理赔: the family files and follows its claims; cadres of every level and the
  // insurer's surveyors (city-wide, only claims the town has passed on) work them; trainers never.
  'claims.schemes':            [Y, Y, Y, Y, Y, Y, Y, N, Y, N],
  'claims.estimate':           [Y, Y, Y, Y, Y, Y, Y, N, Y, N],
  'claims.submit':             [Y, Y, N, N, N, N, N, N, N, N],
  // Photos of the papers (the family) and of the survey (the insurer).
  'claims.startUpload':        [Y, Y, N, N, N, N, N, N, Y, N],
  'claims.uploadPhoto':        [Y, Y, N, N, N, N, N, N, Y, N],
  'claims.mine':               [Y, Y, N, N, N, N, N, N, N, N],
  'claims.get':                [Y, Y, Y, Y, Y, Y, Y, N, Y, N],
  'claims.publicity':          [Y, Y, Y, Y, Y, Y, Y, N, Y, N],
  'claims.queue':              [N, N, Y, Y, Y, Y, Y, N, Y, N],
  // Each level decides at its own stage (village, town, insurer, city); the engine refuses others.
  'claims.review':             [N, N, Y, Y, Y, Y, Y, N, Y, N],
  'claims.resubmit':           [Y, Y, N, N, N, N, N, N, N, N],
  'claims.appeal':             [Y, Y, N, N, N, N, N, N, N, N],
  // Only the insurer pays, after the 公示.
  'claims.markPaid':           [N, N, N, N, N, N, N, N, Y, N],
  'claims.stats':              [N, N, Y, Y, Y, Y, Y, N, Y, N],
  // Issue 15 part 2 (notifyDispatch): everyone signed in answers WeChat's subscription request
  // for themselves; the dispatcher itself runs on a timer, not a call.
  'notifyDispatch.subscriptionTemplates': [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  'notifyDispatch.recordSubscriptions':   [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
  // Issue 16 part 4 (speech, 朗读): published text for everyone; any other text only signed in.
  'speech.read':                          [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  'speech.readText':                      [Y, Y, Y, Y, Y, Y, Y, Y, Y, N],
};

export const EXPECTED_ACCESS_KEYS: readonly string[] = Object.keys(TABLE);

/** The expected outcome for one action and persona; throws for an action without a row. */
export function expectedAccess(key: string, persona: Persona): Expected {
  const row = TABLE[key];
  if (!row) throw new Error(`${key} has no row in proof/expected-access.ts`);
  const cell = row[PERSONAS.indexOf(persona)];
  if (!cell) throw new Error(`no column for ${persona}`);
  return cell;
}
