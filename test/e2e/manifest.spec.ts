import { readFileSync, existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'].filter((dir) => existsSync(dir));

test.describe('the manifest', () => {
  for (const dir of BUILDS) {
    test(`of ${dir} asks for the context menu and storage only, and no host`, () => {
      const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));

      expect(manifest.permissions.toSorted()).toEqual(['contextMenus', 'storage']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.content_scripts ?? []).toEqual([]);
      expect(manifest.name).toBe('__MSG_extName__');
      expect(Object.keys(manifest.commands)[0]).toMatch(/^_execute_(browser_)?action$/);
    });

    test(`of ${dir} lets the pages run only their own scripts and connect nowhere`, () => {
      const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
      const csp: string =
        manifest.content_security_policy?.extension_pages ?? manifest.content_security_policy;

      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...v]) => [name, v.join(' ')]),
      );

      expect(directives.get('script-src')).toBe("'self'");
      expect(directives.get('object-src')).toBe("'none'");
      expect(directives.get('connect-src')).toBe("'none'");
      expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
    });

    test(`of ${dir} names and describes the extension in Japanese and English`, () => {
      for (const lang of ['ja', 'en']) {
        const messages = JSON.parse(readFileSync(`${dir}/_locales/${lang}/messages.json`, 'utf8'));

        for (const key of ['extName', 'extDescription', 'menuExplain', 'commandOpen'])
          expect(messages[key]?.message, `${lang} ${key}`).toBeTruthy();
      }
    });
  }
});
