import { messages } from '../common/i18n/catalogue';

/** What the organizations module says when it refuses, in both languages. */
export const ORGANIZATION_MESSAGES = messages({
  notFound: { zh: '没有编号为 {id} 的单位', en: 'No organization with id {id}' },
  noSuchOrganization: { zh: '没有这个单位', en: 'no such organization' },
  aliasExists: { zh: '{name} 已是单位 {id} 的名称', en: '{name} is already a name of organization {id}' },
  aliasOfThis: { zh: '已是该单位的名称', en: 'already a name of this organization' },
  noPendingName: { zh: '单位 {id} 没有待批准的新名称', en: 'Organization {id} has no name waiting for approval' },
  noPendingNameField: { zh: '没有待批准的名称', en: 'no pending name' },
  noAlias: { zh: '单位 {id} 没有别名 {name}', en: 'Organization {id} has no alias {name}' },
  mergeIntoItself: { zh: '单位不能与自身合并', en: 'An organization cannot be merged into itself' },
  mustDiffer: { zh: '应与保留的单位不同', en: 'must differ from the kept organization' },
  nameTaken: { zh: '名称 {name} 已属于单位 {owner}{same}；如是同一单位，请将两者合并', en: 'The name {name} already belongs to organization {owner}{same}; merge the two if they are the same body' },
  namesOther: { zh: '{name} 已是单位 {owner} 的名称{same}', en: '{name} already names organization {owner}{same}' },
  readsLike: { zh: '（与 {existing} 读来相同）', en: ' (it reads like {existing})' },
});
