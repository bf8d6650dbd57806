DossierSearch.shard("ah", {"ahead":"4.6"});
