DossierSearch.shard("es", {"escalation":"3.6","especially":"2.6","essentially":"0.8","establish":"2.6","establishing":"3.6","establishment":"1.6"});
