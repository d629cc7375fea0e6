// Bundles the components for Dash: React and PropTypes come from the globals Dash already serves.
// The stylesheet is copied as is; Dash serves it as a <link> through the package's _css_dist.
import * as esbuild from 'esbuild';
import {copyFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.join(here, 'dash_bodymap');
const out = path.join(pkg, 'bodymap.min.js');
const css = path.join(pkg, 'bodymap.css');

const GLOBALS = {react: 'React', 'prop-types': 'PropTypes'};

const dashGlobals = {
    name: 'dash-globals',
    setup(build) {
        build.onResolve({filter: /^(react|prop-types)$/}, args => ({
            path: args.path,
            namespace: 'dash-global',
        }));
        build.onLoad({filter: /.*/, namespace: 'dash-global'}, args => ({
            contents: `module.exports = window.${GLOBALS[args.path]};`,
            loader: 'js',
        }));
    },
};

await esbuild.build({
    entryPoints: [path.join(here, 'src', 'index.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'dash_bodymap',
    target: ['es2019'],
    jsx: 'transform',
    loader: {'.js': 'jsx'},
    legalComments: 'none',
    plugins: [dashGlobals],
    outfile: out,
});
copyFileSync(path.join(here, 'src', 'bodymap.css'), css);
console.log(`wrote ${path.relative(process.cwd(), out)} and ${path.relative(process.cwd(), css)}`);
