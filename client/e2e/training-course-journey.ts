import { join } from 'node:path';
import type { JourneyKit } from './exhibits-journey';
import { journeySession, setElderly, visible } from './journey-session';

/**
 * Issue 15, training: the trainer opens a course in 开课 (two classes, 2 seats, sign-up open
 * now) and finds it in 培训管理; 马文礼 finds it in 技能培训, signs up and sees it in 我的报名; the
 * roster shows him with his phone masked to the last 4 and 拨打 reveals the number. After a
 * course he finished he records his job, and the village cadre reads it in 劳务输出统计.
 * Screenshots (normal and 长辈模式): the course editor, the job form and the statistics.
 */
export async function trainingCourseJourney(kit: JourneyKit): Promise<void> {
  const { page, step, assert, shots } = kit;
  const { hashUrl, loginAs, callAs } = journeySession(kit);
  const shot = (name: string) =>
    page
      .waitForTimeout(500)
      .then(() => page.screenshot({ path: join(shots, name), fullPage: true }));
  /** Shoots the page as it is, then again in 长辈模式 after a reload, and turns it off again. */
  const shotBoth = async (name: string, ready: string) => {
    await shot(`${name}.png`);
    await setElderly(page, true);
    await page.reload();
    await page.locator(visible('.psv-theme.psv-elderly')).first().waitFor({ timeout: 15_000 });
    await page.locator(visible(ready)).first().waitFor({ timeout: 15_000 });
    await shot(`${name}-elderly.png`);
    await setElderly(page, false);
  };
  /** A login right after a burst of API calls can miss the redirect home: try once more. */
  const logIn = (persona: Parameters<typeof loginAs>[0]) =>
    loginAs(persona).catch(async () => {
      await page.goto('about:blank');
      await logIn(persona);
    });
  const field = (scope: string, name: string) =>
    page.locator(`${scope} input[name="${name}"], ${scope} [name="${name}"] input`).first();
  const title = `挖掘机夜校（e2e ${Date.now() % 100000}）`;
  let courseId = '';

  await step('training: the trainer opens a course in 开课 and finds it in 培训管理', async () => {
    await callAs('users', 'villager', 'updateProfile', { name: '马文礼', phone: '13912345678' });
    await logIn('trainer');
    await page.goto(hashUrl('/pages/services/index'));
    await page.locator(visible('[data-testid="trainer-entry"]')).first().click();
    await page.locator(visible('[data-testid="course-new"]')).first().click();
    const editor = '[data-testid="course-editor"]';
    await page.locator(visible(editor)).first().waitFor({ timeout: 15_000 });
    // Saving an empty form: each mistake in Chinese under its field, nothing saved.
    await page.locator(visible('[data-testid="course-save"]')).first().click();
    const errors = await page
      .locator(visible('[data-testid="course-field-error"]'))
      .allInnerTexts();
    assert(
      errors.some((e) => e.includes('课程名称')) && errors.some((e) => e.includes('上课地点')),
      `the empty form shows: ${errors.join(' | ')}`,
    );
    await field(editor, 'title').fill(title);
    await page
      .locator(visible('[data-testid="course-category"] [data-category="excavator"]'))
      .first()
      .click();
    await page
      .locator(`${editor} textarea[name="description"], ${editor} [name="description"] textarea`)
      .first()
      .fill('夜里上课，白天不耽误干活。学会操作小型挖掘机，结业可到工地上班。');
    await page.locator(visible('[data-testid="course-session-add"]')).first().click();
    const sessions = page.locator(visible('[data-testid="course-session"]'));
    assert((await sessions.count()) === 2, `the course has ${await sessions.count()} classes`);
    await field(editor, 'capacity').fill('2');
    await field(editor, 'location').fill('祁牟村文化活动中心');
    await shot('training-course-editor.png');
    await page.locator(visible('[data-testid="course-save"]')).first().click();
    await page
      .locator(visible('[data-testid="course-saved"]'))
      .first()
      .waitFor({ timeout: 20_000 });
    await page.locator(visible('[data-testid="course-saved-back"]')).first().click();
    const card = page
      .locator(visible('[data-testid="trainer-courses"] [data-testid="course-card"]'))
      .filter({ hasText: title })
      .first();
    const deadline = Date.now() + 20_000;
    while (!(await card.isVisible()) && Date.now() < deadline) {
      const more = page.locator(visible('[data-testid="trainer-courses"] .psv-button')).last();
      if ((await more.innerText()).includes('加载更多')) await more.click();
      await page.waitForTimeout(300);
    }
    await card.waitFor({ timeout: 1_000 });
    courseId = (await card.getAttribute('data-course-id')) ?? '';
    assert(courseId, 'the new course card carries no id');
    const course = await callAs<{ capacity: number; sessions: unknown[]; openForSignup: boolean }>(
      'training',
      'trainer',
      'getCourse',
      { courseId },
    );
    assert(
      course.capacity === 2 && course.sessions.length === 2 && course.openForSignup,
      `saved course: ${JSON.stringify(course)}`,
    );
    await page.goto(hashUrl(`/packages/training/pages/course-edit/index?id=${courseId}`));
    await page
      .locator(visible('[data-testid="course-editor"][data-editing="yes"]'))
      .first()
      .waitFor({ timeout: 15_000 });
    await shotBoth('training-course-edit', '[data-testid="course-editor"]');
  });

  await step(
    'training: the villager finds it in 技能培训, signs up, sees it in 我的报名',
    async () => {
      await logIn('villager');
      await page.locator(visible('[data-feature="training"]')).first().click();
      await page
        .locator(visible('[data-testid="course-filters"] [data-category="excavator"]'))
        .first()
        .click();
      const card = page.locator(
        visible(`[data-testid="course-card"][data-course-id="${courseId}"]`),
      );
      await card.first().waitFor({ timeout: 20_000 });
      await card.first().click();
      await page.locator(visible('[data-testid="enroll-submit"]')).first().click();
      const result = page.locator(visible('[data-testid="enroll-result"]')).first();
      await result.waitFor({ timeout: 20_000 });
      const label = await result.locator('[data-testid="enrollment-status"]').first().innerText();
      assert(label.includes('已报上'), `enrollment status reads ${label}`);
      await page.locator(visible('[data-testid="open-my-enrollments"]')).first().click();
      await page
        .locator(visible(`[data-testid="enrollment-row"][data-course-id="${courseId}"]`))
        .first()
        .waitFor({ timeout: 15_000 });
    },
  );

  await step(
    'training: the roster shows the villager’s phone by its last 4; 拨打 shows it all',
    async () => {
      await logIn('trainer');
      await page.goto(hashUrl(`/packages/training/pages/roster/index?id=${courseId}`));
      const row = page
        .locator(visible('[data-testid="roster-entry"]'))
        .filter({ hasText: '马文礼' });
      await row.first().waitFor({ timeout: 15_000 });
      const phone = row.first().locator('[data-testid="roster-phone"]');
      assert(
        (await phone.innerText()).trim() === '*******5678',
        `roster phone: ${await phone.innerText()}`,
      );
      await shot('training-roster-phone.png');
      await row.first().locator('[data-testid="roster-call"]').click();
      await page.waitForFunction(() => document.body.innerText.includes('13912345678'), undefined, {
        timeout: 15_000,
      });
      // 拨打 opened tel: on h5; start the next persona from a clean page.
      await page.goto('about:blank');
    },
  );

  await step(
    'training: after finishing a course the villager records the job (登记就业)',
    async () => {
      const hour = 3600_000;
      const done = await callAs<{ courseId: string }>('training', 'trainer', 'upsertCourse', {
        title: `缝纫速成（e2e ${Date.now() % 100000}）`,
        category: 'sewing',
        townId: null,
        location: '祁牟村文化活动中心',
        description: '',
        requirements: '',
        sessions: [
          {
            sessionId: 's1',
            topic: '整期',
            startsAt: new Date(Date.now() - hour).toISOString(),
            endsAt: new Date(Date.now() + hour).toISOString(),
          },
        ],
        capacity: 10,
        signupOpensAt: new Date(Date.now() - 24 * hour).toISOString(),
        signupClosesAt: new Date(Date.now() + 24 * hour).toISOString(),
        attendanceToComplete: 1,
        cancelHoursBefore: 0,
      });
      const enrolled = await callAs<{ enrollmentId: string }>('training', 'villager', 'enroll', {
        courseId: done.courseId,
      });
      const { code } = await callAs<{ code: string }>('training', 'trainer', 'sessionCode', {
        courseId: done.courseId,
        sessionId: 's1',
      });
      await callAs('training', 'villager', 'checkIn', {
        courseId: done.courseId,
        sessionId: 's1',
        code,
      });
      await callAs('training', 'trainer', 'complete', { enrollmentId: enrolled.enrollmentId });
      await logIn('villager');
      await page.goto(hashUrl('/packages/training/pages/mine/index'));
      const row = page.locator(
        visible(`[data-testid="enrollment-row"][data-course-id="${done.courseId}"]`),
      );
      await row.first().waitFor({ timeout: 15_000 });
      await row.first().locator('[data-testid="record-job-open"]').click();
      const form = '[data-testid="job-form"]';
      await page
        .locator(visible(form))
        .first()
        .waitFor({ timeout: 15_000 })
        .catch(async (error: unknown) => {
          await shot('training-job-form-failed.png');
          throw error;
        });
      await page.locator(visible('[data-testid="job-save"]')).first().click();
      const errors = await page.locator(visible(`${form} .psv-field__error`)).allInnerTexts();
      assert(errors.length === 4, `the empty job form shows: ${errors.join(' | ')}`);
      await field(form, 'employer').fill('临夏市民族服饰厂');
      await field(form, 'jobType').fill('缝纫工');
      await field(form, 'monthlyIncome').fill('3800');
      await field(form, 'startedOn').fill('2026-12-10');
      await shotBoth('training-job-form', form);
      // The reload in 长辈模式 emptied the form: fill it again and send.
      await field(form, 'employer').fill('临夏市民族服饰厂');
      await field(form, 'jobType').fill('缝纫工');
      await field(form, 'monthlyIncome').fill('3800');
      await field(form, 'startedOn').fill('2026-12-10');
      await page.locator(visible('[data-testid="job-save"]')).first().click();
      await page.locator(visible('[data-testid="job-saved"]')).first().waitFor({ timeout: 20_000 });
    },
  );

  await step('training: the village cadre reads 劳务输出统计 from 办事', async () => {
    await logIn('village_cadre');
    await page.goto(hashUrl('/pages/services/index'));
    await page.locator(visible('[data-testid="employment-stats-entry"]')).first().click();
    const stats = page.locator(visible('[data-testid="employment-stats"]')).first();
    await stats.waitFor({ timeout: 15_000 });
    assert(Number(await stats.getAttribute('data-placed')) >= 1, 'no one placed in the stats');
    const employers = await page
      .locator(visible('[data-testid="stats-by-employer"]'))
      .first()
      .innerText();
    assert(employers.includes('临夏市民族服饰厂'), `employers: ${employers}`);
    await shotBoth('training-employment-stats', '[data-testid="employment-stats"]');
  });
}
