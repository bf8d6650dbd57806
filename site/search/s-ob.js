DossierSearch.shard("ob", {"obstacles":"1.6","obstacl~":"1.6"});
