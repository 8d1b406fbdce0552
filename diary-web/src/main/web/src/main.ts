// The reference diary page (issue 16, ADR 0049): a guardian signs in through Keycloak with the authorization code and
// PKCE (oidc-client-ts, the public client ejd-diary-page) and reads one child's week, averages and forecast. Every call
// to the API goes through the client generated from docs/openapi/diary.json (openapi-typescript + openapi-fetch).
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './diary-api';

type WeekView = components['schemas']['WeekView'];
type Mark = components['schemas']['Mark'];
type SubjectAverage = components['schemas']['SubjectAverage'];
type ForecastView = components['schemas']['ForecastView'];
type MyStudent = components['schemas']['MyStudent'];

/** What the gateway tells the page about where to sign in: GET /diary/config.json. */
interface PageConfig {
  issuer: string;
  clientId: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');

function show(text: string, error = false) {
  status.textContent = text;
  status.className = error ? 'error' : '';
  status.hidden = text === '';
}

function element(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const here = new URL('.', window.location.href).href; // the exact redirect URI: .../diary/

async function main() {
  const config = (await (await fetch('config.json')).json()) as PageConfig;
  const users = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: here,
    post_logout_redirect_uri: here,
    response_type: 'code',
    scope: 'openid',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });

  let user: User | null;
  if (new URLSearchParams(window.location.search).has('code')) {
    user = await users.signinRedirectCallback();
    window.history.replaceState({}, '', here);
  } else {
    user = await users.getUser();
  }
  if (!user || user.expired) {
    show('Войдите, чтобы открыть дневник.');
    const signIn = $<HTMLButtonElement>('sign-in');
    signIn.hidden = false;
    signIn.onclick = () => void users.signinRedirect();
    return;
  }
  const token = user.access_token;
  $('who').textContent = user.profile.name ?? user.profile.preferred_username ?? '';
  const signOut = $<HTMLButtonElement>('sign-out');
  signOut.hidden = false;
  signOut.onclick = () => void users.signoutRedirect();

  const bearer: Middleware = {
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('Accept-Language', 'ru');
      return request;
    },
  };
  const api = createClient<paths>({ baseUrl: window.location.origin });
  api.use(bearer);

  const children = await api.GET('/api/diary/me/students');
  if (children.error || !children.data) {
    show(problem(children.error, 'Не удалось получить список детей.'), true);
    return;
  }
  const students: MyStudent[] = children.data;
  if (students.length === 0) {
    show('К вашей учётной записи не привязан ни один ученик.');
    return;
  }
  const select = $<HTMLSelectElement>('child');
  for (const student of students) {
    const option = element('option', [student.lastName, student.firstName].filter(Boolean).join(' ')) as HTMLOptionElement;
    option.value = student.id ?? '';
    select.append(option);
  }
  let date: string | undefined;

  async function load() {
    const studentId = select.value;
    show('Загрузка…');
    const path = { studentId };
    const [week, averages, forecast] = await Promise.all([
      api.GET('/api/diary/students/{studentId}/week', { params: { path, query: date ? { date } : {} } }),
      api.GET('/api/diary/students/{studentId}/averages', { params: { path } }),
      api.GET('/api/diary/students/{studentId}/forecast', { params: { path } }),
    ]);
    if (week.error || !week.data) {
      show(problem(week.error, 'Не удалось загрузить неделю.'), true);
      return;
    }
    renderWeek(week.data);
    renderAverages(averages.data ?? []);
    renderForecast(forecast.data);
    $('diary').hidden = false;
    show('');
  }

  function shift(days: number) {
    const monday = new Date(`${($('week-title').dataset.monday ?? new Date().toISOString().slice(0, 10))}T12:00:00Z`);
    monday.setUTCDate(monday.getUTCDate() + days);
    date = monday.toISOString().slice(0, 10);
    void load();
  }
  select.onchange = () => void load();
  $('previous-week').onclick = () => shift(-7);
  $('next-week').onclick = () => shift(7);
  $('refresh').onclick = () => void load();
  await load();
}

function problem(error: unknown, fallback: string): string {
  const detail = (error as { detail?: string } | undefined)?.detail;
  return detail ? `${fallback} ${detail}` : fallback;
}

function markNode(mark: Mark): HTMLElement {
  const node = element('div', undefined, 'mark');
  node.dataset.markId = mark.markId ?? '';
  node.append(element('span', mark.value ?? '', 'mark-value'), ` ${mark.subject ?? ''}`);
  if (mark.workType) node.append(` (${mark.workType})`);
  if (mark.comment) node.append(` — ${mark.comment}`);
  return node;
}

function renderWeek(week: WeekView) {
  const title = $('week-title');
  title.textContent = `${week.monday} — ${week.sunday}`;
  title.dataset.monday = week.monday;
  const container = $('week');
  container.replaceChildren();
  for (const day of week.days ?? []) {
    const node = element('div', undefined, 'day');
    node.dataset.date = day.date;
    node.append(element('h3', `${day.weekday ?? ''} ${day.date ?? ''}${day.holiday ? ` — ${day.holiday}` : ''}`));
    for (const lesson of day.lessons ?? []) {
      const line = element('div', `${lesson.number ?? ''}. ${lesson.subject ?? ''} ${lesson.start ?? ''}–${lesson.end ?? ''}`, 'lesson');
      if (lesson.cancelled) line.append(' (отменён)');
      if (lesson.homework?.text) line.append(element('div', `Д/з: ${lesson.homework.text}`));
      for (const mark of lesson.marks ?? []) line.append(markNode(mark));
      node.append(line);
    }
    for (const mark of day.otherMarks ?? []) node.append(markNode(mark));
    if ((day.lessons ?? []).length === 0 && (day.otherMarks ?? []).length === 0) node.append(element('div', 'Нет уроков', 'lesson'));
    container.append(node);
  }
}

function number(value: number | undefined): string {
  return value === undefined || value === null ? '—' : value.toFixed(2);
}

function renderAverages(averages: SubjectAverage[]) {
  const body = $('averages').querySelector('tbody')!;
  body.replaceChildren();
  for (const subject of averages) {
    const row = element('tr');
    row.append(element('td', subject.subjectName ?? ''), element('td', number(subject.average)), element('td', String(subject.marks ?? 0)));
    body.append(row);
  }
}

function renderForecast(forecast: ForecastView | undefined) {
  const body = $('forecast').querySelector('tbody')!;
  body.replaceChildren();
  $('forecast-period').textContent = forecast?.period?.name ? `Период: ${forecast.period.name}` : 'Учебный период не задан.';
  for (const subject of forecast?.subjects ?? []) {
    const row = element('tr');
    row.append(element('td', subject.subjectName ?? ''), element('td', number(subject.average)),
      element('td', subject.expectedMark === undefined ? '—' : String(subject.expectedMark)));
    body.append(row);
  }
}

main().catch((error: unknown) => show(`Ошибка: ${error instanceof Error ? error.message : String(error)}`, true));
