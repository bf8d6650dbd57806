DossierSearch.shard("ah", {"ahead":"1.6"});
