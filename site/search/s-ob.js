DossierSearch.shard("ob", {"obstacles":"4.6"});
