// Lets plain Node (which strips TypeScript types itself) run the app's sources, whose imports
// leave out the `.ts` extension as bundlers allow: a relative import that is not found is retried with `.ts`.
// `electron` (imported by electron-store) cannot load outside Electron; the storage only needs it absent.
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: 'data:text/javascript,export default {}', shortCircuit: true };
  try {
    return await next(specifier, context);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/^\.\.?\//.test(specifier)) throw error;
    return next(`${specifier}.ts`, context);
  }
}
