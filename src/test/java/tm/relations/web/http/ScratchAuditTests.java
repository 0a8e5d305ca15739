package tm.relations.web.http;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import tm.relations.GraphApiTestSupport;

class ScratchAuditTests extends GraphApiTestSupport {

	@Test
	void audit() throws Exception {
		Path dir = Path.of("/tmp/caching-target/graphql-http-audit");
		Files.writeString(dir.resolve("scratch.mjs"), """
				import { auditServer } from 'graphql-http';
				const results = await auditServer({ url: process.argv[2] });
				for (const r of results) if (r.status !== 'ok') console.log(r.id, r.name, r.status, r.reason);
				""");
		Process audit = new ProcessBuilder("node", "scratch.mjs", "http://localhost:" + this.port + "/graphql")
			.directory(dir.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(audit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		audit.waitFor();
		Files.writeString(Path.of("/tmp/caching-audit-out.txt"), output);
	}

}
