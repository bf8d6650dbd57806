DossierSearch.shard("ha", {"hampered":"2.6","hamper~":"2.6","hand":"1.6","happened":"0.6","happen~":"0.6","hard":"0.6","harsher":"3.6"});
